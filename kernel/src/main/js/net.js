// What the kernel fetches and imports for a config: sources, files, JS modules.

// Fetches the boot started before the kernel had arrived (a worker's script): URL -> its fetch, taken once.
const earlyFetches = () => (typeof pyloom$composed === "object" && pyloom$composed?.sources) || {};

const failed = (what, href, why) => new Error(`Failed to fetch ${href}${what}: ${why}`);

/**
 * Python source from a URL; rejects with a message naming the URL and what went wrong: the
 * status, the network, or bytes that are not UTF-8 (which would otherwise run as garbage).
 */
export const fetchSource = async (url, early = earlyFetches()) => {
  let response;
  try {
    const started = early[url];
    delete early[url];
    response = await (started ?? fetch(url));
  } catch (error) {
    throw failed("", url, error.message);
  }
  if (!response.ok) {
    throw failed("", url, "HTTP " + response.status);
  }
  const bytes = await response.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`The source ${url} is not UTF-8 text: save it as UTF-8.`);
  }
};

/** The config's files, fetched in parallel (relative to base); rejects naming the URL that failed. */
export const fetchFiles = (urls, base) => Promise.all(urls.map(async (url) => {
  const href = new URL(url, base).href;
  let response;
  try {
    response = await fetch(href);
  } catch (error) {
    throw failed(" (files)", href, error.message);
  }
  if (!response.ok) {
    throw failed(" (files)", href, "HTTP " + response.status);
  }
  return response.arrayBuffer();
}));

/** The page's base URL; in a worker, the page's as the worker was told it. */
const BASE = Symbol.for("pyloom.base");
export const documentBase = () => (globalThis.document ? document.baseURI : globalThis[BASE] || location.href);
export const setWorkerBase = (base) => {
  globalThis[BASE] = base;
};

/**
 * The config's js_modules, URL -> name, imported: name -> module. On the main thread its "main"
 * ones; in a worker those and its "worker" ones (imported there: a module of the page's is plain
 * JavaScript, so the worker can run its own copy).
 */
export const importJsModules = async (config, base, worker = false) => {
  const modules = {};
  for (const where of worker ? ["main", "worker"] : ["main"]) {
    const listed = config.js_modules?.[where] || {};
    await Promise.all(Object.entries(listed).map(async ([url, name]) => {
      const href = new URL(url, base).href;
      try {
        modules[name] = await import(href);
      } catch (error) {
        throw new Error(`Failed to import the JavaScript module ${href} of js_modules.${where}: ${error.message}`);
      }
    }));
  }
  return modules;
};

/**
 * The _pyloom module the pyscript package reads: the running script's target and tag, the config,
 * the JS modules, where this set's lazy modules are fetched from, install (py_import's packages,
 * a JSON list), the interpreter's engine (pyscript.fs mounts folders in its file system); import_all is js_import's dynamic
 * import, here so that Python needs no eval (strict CSP pages).
 */
export const newState = (config, modules, worker, lazyFolder, install, interpreter) => ({
  target: null, script: null, config, js_modules: modules, worker, lazy_folder: lazyFolder, install,
  engine: interpreter?.engine,
  fetch_text_sync: fetchTextSync,
  import_all: (...urls) => Promise.all(urls.map((url) => import(new URL(url, documentBase()).href))),
});

/**
 * A lazy module's source, fetched synchronously: Python's import cannot wait for a promise. The
 * file is small, immutable and usually cached; an HTTP failure is thrown with its URL.
 */
export const fetchTextSync = (url) => {
  const request = new XMLHttpRequest();
  request.open("GET", url, false);
  request.send(null);
  if (request.status !== 200) {
    throw new Error(`HTTP ${request.status} for ${url}`);
  }
  return request.responseText;
};

/** A module of the lazy folder (a plugin's own, imported through Hooks.importModule), once per page. */
const lazyModules = new Map();
export const importLazy = (url) => {
  if (!lazyModules.has(url)) lazyModules.set(url, import(url));
  return lazyModules.get(url);
};
