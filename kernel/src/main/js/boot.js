// core.js: what runs before the kernel has arrived. The server writes pyloom$boot above this.
// On a page it starts at once the interpreter each script type will load, and asks for the big
// files that interpreter fetches next, so that they download and start beside the kernel instead
// of after it. All of it is a guess: the kernel finds the config again and decides for itself; it
// takes the interpreter started here only when it names the same one. Then core.js loads the
// kernel (checked against the integrity written here) and starts it.
import * as pyodide from "./interpreters/pyodide.js";
import * as micropython from "./interpreters/micropython.js";
import { mark } from "./page.js";
import { fetchConfig, urlExtension } from "./config.js"; // the same request the kernel makes, so that it can take it over
import { attachApi } from "./api.js";
import { earlyWorkers } from "./early-workers.js";
import { importWithoutHint } from "./runtime-import.js";
import { buildIdIn, fitTrampoline, forBuild, sha256Hex, stdlibMismatch, wasmTrampolineHere } from "./snapshot.js";

// core.js's JavaScript API, as PyScript's exports
export { hooks, TYPES, config, whenDefined, PyWorker, MPWorker } from "./api.js";

{
  const boot = pyloom$boot;
  boot.base = new URL("./", import.meta.url).href;
  boot.url = import.meta.url;
  attachApi(boot);
  boot.configs = {}; // config file URL -> its fetch, started here and taken by the kernel
  boot.sources = {}; // in a worker, its script's URL -> its fetch, started here and taken by the kernel

  const ignore = () => {};

  // The config text of a type's main-thread scripts as the kernel will find it, or null when
  // no such script runs here or the page breaks the rules (the kernel says how).
  const configTextOf = (type) => {
    if (!document.querySelector(`script[type=${type}]:not([worker]),${type}-script:not([worker])`)) {
      return null;
    }
    const tags = document.querySelectorAll(`${type}-config`);
    if (tags.length > 1) {
      return null;
    }
    if (tags.length === 1) {
      return tags[0].getAttribute("src") ?? tags[0].textContent;
    }
    const first = document.querySelector(`script[type=${type}][config]:not([worker]),${type}-script[config]:not([worker])`);
    return first ? first.getAttribute("config") : "";
  };

  // The `interpreter` a config text names: undefined for none, null when the text cannot tell.
  const interpreterIn = (text) => {
    text = text.trim();
    if (text.startsWith("{")) {
      try {
        return JSON.parse(text).interpreter;
      } catch {
        return null;
      }
    }
    const topLevel = text.split(/^\s*\[/m)[0]; // TOML keys before the first table
    const named = /^\s*interpreter\s*=\s*(["'])([^"'\n]*)\1/m.exec(topLevel);
    return named ? named[2] : undefined;
  };

  // Resolves the config's interpreter as the kernel does: the default, a hosted version, or a URL.
  const interpreterUrl = (type, named, base) => {
    if (named === undefined || named === "") {
      return boot.interpreters[type] ? new URL(boot.interpreters[type], boot.base).href : null;
    }
    if (typeof named !== "string") {
      return null;
    }
    if (/^[0-9][0-9a-z.]*$/.test(named)) {
      const hosted = (boot.versions[type] || {})[named];
      return hosted ? new URL(hosted, boot.base).href : null;
    }
    return new URL(named, base).href;
  };

  const preload = (href, rel) => {
    const link = document.createElement("link");
    link.rel = rel;
    link.href = href;
    if (rel === "preload") {
      link.as = "fetch";
      link.crossOrigin = "anonymous"; // as the interpreter's own fetch() asks: cors, same-origin credentials
    }
    document.head.append(link);
    return link;
  };

  // How each interpreter starts: the kernel's engines start theirs here too, so one started early
  // is theirs. Pyodide may start from the server's snapshot of its memory (see snapshotOf).
  const starters = { [pyodide.type]: pyodide.start, [micropython.type]: micropython.start };
  const hostedFile = (files, moduleUrl) => {
    for (const [module, file] of Object.entries(files || {})) {
      if (new URL(module, boot.base).href === moduleUrl) {
        return file;
      }
    }
    return null;
  };
  // The files an interpreter module fetches as it starts: a hosted one's, or for a module of
  // another origin with a hosted module's file name, the same names beside it (the layout of
  // the interpreters' npm packages, which CDNs keep).
  const companionsOf = (moduleUrl) => {
    const own = hostedFile(boot.companions, moduleUrl);
    if (own) {
      return own.map((file) => new URL(file, boot.base).href);
    }
    const name = (url) => url.replace(/[?#].*/, "").replace(/.*\//, "");
    const layout = Object.entries(boot.companions || {}).find(([module]) => name(module) === name(moduleUrl));
    return layout ? layout[1].map((file) => new URL(name(file), moduleUrl).href) : [];
  };
  // The snapshot (6 MB gzipped) saves about 2 s of CPU, and pays only where it downloads in less.
  // On a page it is asked for once the interpreter's first large file (wasm or zip) is in, and
  // only when the interpreter's files so far came in at this rate or better: on slower networks
  // it would cost more than it saves. In a worker, it is always asked for.
  const SNAPSHOT_BYTES_PER_SECOND = 2.5e6;
  const fastEnough = (moduleUrl, companions) => new Promise((resolve) => {
    const files = [moduleUrl, ...companions];
    const large = files.filter((href) => /\.(wasm|zip)$/.test(href));
    if (large.length === 0) {
      resolve(true);
      return;
    }
    const judge = () => {
      const entries = performance.getEntriesByType("resource").filter((e) => files.includes(e.name));
      const bytes = entries.reduce((sum, e) => sum + e.encodedBodySize, 0);
      const since = Math.min(...entries.map((e) => e.startTime));
      resolve(bytes * 1000 >= SNAPSHOT_BYTES_PER_SECOND * Math.max(1, performance.now() - since));
    };
    for (const href of large) {
      const link = preload(href, "preload"); // the boot's own hint: one download, a load event here
      link.addEventListener("load", judge);
      link.addEventListener("error", () => resolve(false)); // Pyodide's own load will say what is wrong
    }
  });
  const bytesOf = (href) => fetch(href).then((r) => {
    if (!r.ok) {
      throw new Error(`HTTP ${r.status} for ${href}`);
    }
    return r.arrayBuffer();
  });
  // The snapshot this module's build can start from: a hosted module's own, or for a module of
  // another origin the one of the same build (by the build id its source states).
  const snapshotFor = (url) => {
    const snapshots = boot.snapshots || [];
    // This server's own copy (its module named relative to core.js) is the very build: no check.
    const hosted = snapshots.find((s) => !/^[a-z]+:/i.test(s.module) && new URL(s.module, boot.base).href === url);
    if (hosted) {
      return Promise.resolve({ snapshot: hosted, hosted: true });
    }
    return fetch(url).then((r) => (r.ok ? r.text() : ""), () => "")
      .then((source) => snapshots.length ? forBuild(snapshots, buildIdIn(source), url) : { reason: "this server has no snapshot" });
  };
  // A promise of null (start afresh), or of { ready }: a promise of the snapshot's bytes (fitted to
  // this engine) and, for another origin's build, its standard library checked against the
  // snapshot's, or of { skip: why } when the check fails.
  const snapshotOf = (type, url) => {
    if (type !== pyodide.type) {
      return Promise.resolve(null);
    }
    return snapshotFor(url).then(({ snapshot, hosted, reason }) => {
      if (!snapshot) {
        mark(`py snapshot skipped: ${reason}`);
        return null;
      }
      const download = () => {
        const bytes = bytesOf(new URL(snapshot.file, boot.base).href).then((buffer) => {
          const memory = new Uint8Array(buffer);
          const changed = fitTrampoline(memory, snapshot.trampoline, wasmTrampolineHere(snapshot.trampoline?.probe));
          if (changed) {
            mark(`py snapshot changed: ${changed}`);
          }
          return memory;
        });
        const stdlib = hosted ? Promise.resolve({}) : checkedStdlib(snapshot, new URL("python_stdlib.zip", url).href);
        const ready = Promise.all([bytes, stdlib]).then(([memory, checked]) => ({ ...checked, bytes: memory }));
        ready.catch(ignore); // the starter reports it
        return { ready };
      };
      if (!globalThis.document) {
        return download();
      }
      return fastEnough(url, companionsOf(url)).then((fast) => {
        if (fast) {
          return download();
        }
        mark("py snapshot skipped: the network is slower than the CPU it saves");
        return null;
      });
    });
  };
  // Another origin's standard library, fetched once: its bytes go to Pyodide as they were checked.
  const checkedStdlib = (snapshot, href) => bytesOf(href).then(async (zip) => {
    const stdLibURL = URL.createObjectURL(new Blob([zip]));
    const skip = stdlibMismatch(snapshot, await sha256Hex(zip), href);
    return skip ? { skip, stdLibURL } : { stdLibURL };
  });
  const started = {}; // type and module URL -> the interpreter started early, until the kernel takes it
  const begun = []; // each early start's promise that its module has been imported and asked to start
  const start = (type, url) => {
    const snapshot = snapshotOf(type, url); // chosen, and fetched, beside the module (only Pyodide has one)
    const imported = import(url);
    const interpreter = imported.then((module) => starters[type](module, url, snapshot)).then((interpreter) => {
      mark(`${type} interpreter started`);
      return interpreter;
    });
    begun.push(imported.then(ignore, ignore)); // settles after the starter above has been called
    return interpreter;
  };
  boot.startInterpreter = (type, url) => {
    const early = started[type + " " + url];
    delete started[type + " " + url];
    return early || start(type, url);
  };

  // A worker has no preload links: a plain fetch puts the file in the HTTP cache, where the
  // interpreter's own request for it then waits for it instead of starting a second download.
  const hint = (href) => (globalThis.document ? preload(href, href.endsWith(".mjs") ? "modulepreload" : "preload")
    : fetch(href).catch(ignore));

  // Starts the interpreter now, and asks for the files it fetches as it starts.
  const warm = (type, moduleUrl) => {
    if (started[type + " " + moduleUrl]) {
      return; // warmed already (a worker hears of its interpreter twice)
    }
    const early = (started[type + " " + moduleUrl] = start(type, moduleUrl));
    early.catch(ignore); // a failure is the kernel's to report, when it takes this promise
    for (const href of companionsOf(moduleUrl)) {
      hint(href);
    }
  };

  // Warms the interpreter a config text names (inline, or a config file's), relative to base.
  const warmFrom = (type, text, base) => {
    const trimmed = text.trim();
    const file = ["json", "toml"].includes(urlExtension(trimmed)); // as the kernel tells a file from inline text
    if (!file) {
      const url = interpreterUrl(type, interpreterIn(trimmed), base);
      if (url) {
        warm(type, url);
      }
      if (trimmed && !trimmed.startsWith("{") && boot.toml) {
        import(new URL(boot.toml, boot.base).href).catch(ignore); // inline TOML: the kernel parses it
      }
      return;
    }
    const configUrl = new URL(trimmed, base).href;
    const fetched = (boot.configs[configUrl] ??= fetchConfig(configUrl));
    fetched.then((config) => {
      const url = config.ok ? interpreterUrl(type, interpreterIn(config.text), base) : null;
      if (url) {
        warm(type, url);
      }
    }, ignore);
  };

  const warmFor = (type) => {
    const text = configTextOf(type);
    if (text !== null) {
      warmFrom(type, text, document.baseURI);
    }
  };

  // Loads the kernel. On a page, a module preload checks it against the integrity written here
  // first, so that a page pinning core.js by its own integrity pins the kernel too.
  const verified = (url, integrity) => new Promise((resolve, reject) => {
    if (!globalThis.document || !document.createElement("link").relList.supports("modulepreload")) {
      resolve();
      return;
    }
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = url;
    link.integrity = integrity;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`the kernel module ${url} did not load, or it is not the one this core.js `
      + `was composed with (integrity ${integrity})`));
    document.head.append(link);
  });

  const fail = (error) => {
    const message = `Pyloom could not start: ${error.message}`;
    console.error(message);
    if (globalThis.document && document.body) {
      const box = document.createElement("div");
      box.className = "py-error";
      box.textContent = message;
      document.body.prepend(box);
    }
  };

  // The worker plugin's Workers: a worker tag's started early, here (see early-workers.js).
  const workers = earlyWorkers(boot.url, Object.keys(boot.interpreters));
  boot.workerThread = workers.take;
  if (globalThis.document && (boot.plugins || []).includes("worker")) {
    boot.startCallWorker = (type, name, config, src) => {
      try {
        return workers.startForCall(type, name, config, document.baseURI, new URL(src, document.baseURI).href);
      } catch {
        return null; // only a head start: the kernel says what is wrong with the call
      }
    };
    boot.releaseCallWorker = workers.release;
  }

  mark("boot");
  if (globalThis.document) {
    try {
      if ((boot.plugins || []).includes("worker") && workers.start(document, document.baseURI) > 0) {
        globalThis.addEventListener("py:all-done", workers.stopUntaken, { once: true });
      }
    } catch {
      // only a head start: the worker plugin starts what the page needs
    }
    for (const type of Object.keys(boot.interpreters)) {
      try {
        warmFor(type);
      } catch {
        // only a hint: the kernel reports what is wrong with the page
      }
    }
  }
  // In a worker the page posts its first message at once; the kernel listens only once it has
  // started. Messages that come before are kept, and handed to it then. The first describes the
  // worker's script: its interpreter starts at once, beside the kernel's download, as on a page.
  const held = [];
  const warmWorker = (type, config, base) => {
    if (boot.interpreters[type] !== undefined) {
      try {
        warmFrom(type, config || "", base || location.href);
      } catch {
        // only a hint: the kernel reports what is wrong with the config
      }
    }
  };
  const prefetchSource = (src) => {
    if (typeof src === "string" && /^(https?|blob):/.test(src) && !boot.sources[src]) {
      boot.sources[src] = fetch(src);
      boot.sources[src].catch(ignore); // the kernel reports it, when it takes this fetch
    }
  };
  let heard;
  const firstMessage = new Promise((resolve) => {
    heard = resolve;
  });
  const hold = (event) => {
    heard();
    const data = event.data?.pyloom ? event.data : {};
    if (data.t === "warm") { // from the page's boot: a hint, not the kernel's
      if (data.config != null) {
        warmWorker(data.type, data.config, data.base);
      }
      prefetchSource(data.src);
      return;
    }
    held.push(event);
    if (held.length === 1 && data.t === "boot" && data.script) {
      warmWorker(data.script.type, data.script.config, data.script.base);
      prefetchSource(data.script.src);
    }
  };
  if (!globalThis.document) {
    globalThis.addEventListener("message", hold);
  }
  const runtime = new URL(boot.runtime, boot.base).href;
  // In a worker, compiling the runtime holds up the worker's only thread. So the page's first
  // message (posted as the worker is made) is heard first, and the interpreter it names is
  // imported and asked to start (its wasm then downloads and compiles beside the runtime's
  // compile); for at most INTERPRETER_FIRST_MS, so that a message or module that never comes
  // cannot keep the kernel from saying what is wrong.
  const INTERPRETER_FIRST_MS = 300;
  const messagesHeard = globalThis.document ? Promise.resolve() : Promise.race([
    firstMessage.then(() => Promise.all(begun)),
    new Promise((resolve) => setTimeout(resolve, INTERPRETER_FIRST_MS)),
  ]);
  Promise.all([verified(runtime, boot.runtimeIntegrity), messagesHeard])
    .then(() => {
      mark("runtime verified");
      return globalThis.document ? import(runtime) : importWithoutHint(runtime, boot.runtimeIntegrity);
    })
    .then((kernel) => {
      kernel.start(boot);
      if (!globalThis.document) {
        globalThis.removeEventListener("message", hold);
        for (const event of held) {
          globalThis.dispatchEvent(new MessageEvent("message", { data: event.data, ports: [...event.ports] }));
        }
      }
    })
    .catch(fail);
}
