// Reading a config's text: JSON natively, TOML with the vendored parser, with the messages the
// kernel shows. The shape of the options is checked by the kernel's rules (Java).

/** The extension of a config value that looks like a file URL (x.toml, a/b.json?v=1), or null. */
export const urlExtension = (text) => {
  const match = /\.(\w+)(?:\?\S*)?$/.exec(text);
  return match && !/\s/.test(text) ? match[1] : null;
};

/** { ok, value } or { ok: false, message }. */
export const parseJson = (text) => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error.message };
  }
};

/** Imports the TOML parser module and parses: { ok, value } or { ok: false, message }. */
export const parseToml = async (module, text, custom = null) => {
  const toml = custom ? await customParser(custom, module) : await import(module);
  try {
    return { ok: true, value: toml.parse(text) };
  } catch (error) {
    return { ok: false, message: error.message };
  }
};

// A page's config-parser attribute names its own TOML module, as with PyScript. Pyloom has one of
// its own, so one that cannot be loaded (offline, say) is said on the console and Pyloom's is used.
const customParser = async (custom, fallback) => {
  let problem;
  try {
    const chosen = await import(custom);
    if (typeof chosen.parse === "function") return chosen;
    problem = "it has no parse(text) export";
  } catch (error) {
    problem = `it did not load: ${error.message}`;
  }
  if (!fallback) throw new Error(`the config-parser ${custom} cannot be used (${problem})`);
  console.warn(`Pyloom: the config-parser ${custom} is not used (${problem}); Pyloom's own TOML parser reads the config`);
  return import(fallback);
};

/**
 * The first repeated key of valid JSON as [path, key] (path: the keys above it, dotted), or null.
 * JSON.parse keeps the last of two equal keys and says nothing.
 */
export const duplicateKey = (text) => {
  const stack = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') {
        j += text[j] === "\\" ? 2 : 1;
      }
      const key = JSON.parse(text.slice(i, j + 1));
      let k = j + 1;
      while (/\s/.test(text[k])) {
        k++;
      }
      const top = stack.at(-1);
      if (text[k] === ":" && top?.keys) {
        if (top.keys.has(key)) {
          return [top.path, key];
        }
        top.keys.add(key);
        top.last = key;
      }
      i = j;
    } else if (c === "{" || c === "[") {
      const parent = stack.at(-1);
      let path = "";
      if (parent) {
        path = parent.keys ? (parent.path ? parent.path + "." : "") + parent.last : parent.path;
      }
      stack.push({ keys: c === "{" ? new Set() : null, path, last: null });
    } else if (c === "}" || c === "]") {
      stack.pop();
    }
  }
  return null;
};

// A parsed value as the kernel's rules read it (ConfigValue): its kind, keys, items and JSON.

/** NULL, BOOLEAN, NUMBER, STRING, ARRAY or OBJECT; TOML's dates count as strings. */
export const valueKind = (value) => {
  if (value === null || value === undefined) {
    return "NULL";
  }
  if (Array.isArray(value)) {
    return "ARRAY";
  }
  if (value instanceof Date) {
    return "STRING";
  }
  const kind = typeof value;
  return kind === "object" ? "OBJECT" : kind === "bigint" ? "NUMBER" : kind.toUpperCase();
};

/** Whether an object has its own value for a key (JSON's null is a value). */
export const hasKey = (object, key) => Object.hasOwn(object, key);

/** An object's own value for a key, or undefined. */
export const valueAt = (object, key) => (Object.hasOwn(object, key) ? object[key] : undefined);

export const keysOf = (object) => Object.keys(object);

export const itemsOf = (array) => array;

export const textOf = (value) => String(value);

export const jsonOf = (value) => (typeof value === "bigint" ? String(value) : JSON.stringify(value));

/**
 * Fetches a config file as { ok, status, text, json }, asking for JSON first: the Pyloom server
 * answers a TOML file with its JSON form. The boot may have asked already, to learn the
 * interpreter early: that answer is taken, once.
 */
export const fetchConfig = (url, early = {}) => {
  const taken = early[url];
  if (taken) {
    delete early[url];
    return taken;
  }
  return fetch(url, { headers: { Accept: "application/json, application/toml;q=0.9, */*;q=0.1" } })
    .then((response) => response.text().then((text) => ({ ok: response.ok, status: response.status, text,
      json: (response.headers.get("Content-Type") || "").startsWith("application/json") })));
};
