// The page as the kernel sees it: its Python tags, their output elements and events.

export const TAGS = "script[type=py],script[type=mpy],py-script,mpy-script";

/** The tags already taken: a tag runs once, even if it is moved. */
const seen = new WeakSet();

const claim = (element) => {
  if (seen.has(element)) {
    return false;
  }
  seen.add(element);
  return true;
};

/** The page's Python tags now, in document order, each taken. */
export const initialTags = () => Array.from(document.querySelectorAll(TAGS)).filter(claim);

/** Reports each tag added later (directly or inside added elements), in document order. */
export const watchForNewTags = (listener) => new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const found = node.matches(TAGS) ? [node] : [];
        found.push(...node.querySelectorAll(TAGS));
        found.filter(claim).forEach((element) => listener(element));
      }
    }
  }
}).observe(document, { childList: true, subtree: true });

/** The plugins' element watchers: one observer serves them all, so an added subtree is walked once per selector, by one callback. */
const watchers = [];

const take = (watcher, element) => {
  if (!watcher.taken.has(element)) {
    watcher.taken.add(element);
    watcher.listener(element);
  }
};

let observing = false;

const observeForWatchers = () => {
  if (observing) return;
  observing = true;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        for (const watcher of watchers) {
          if (node.matches(watcher.selector)) take(watcher, node);
          node.querySelectorAll(watcher.selector).forEach((element) => take(watcher, element));
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
};

/**
 * Hands each element matching selector to listener once: those on the page now, in document
 * order, then each added later (directly or inside added elements).
 */
export const watchElements = (selector, listener) => {
  const watcher = { selector, listener, taken: new WeakSet() };
  watchers.push(watcher);
  document.querySelectorAll(selector).forEach((element) => take(watcher, element));
  observeForWatchers();
};

/** Whether the page has scripts of a type that run on the main thread. */
export const hasMainScripts = (type) => document.querySelector(`script[type=${type}]:not([worker]),${type}-script:not([worker])`) !== null;

/** The script type of a tag: py or mpy. */
export const typeOf = (element) => (element.localName === "script" ? element.getAttribute("type")
  : element.localName.split("-")[0]);

/** py:all-done on window once every tag present now has sent its py:done / mpy:done. */
export const dispatchAllDoneAfterInitialTags = () => Promise.all(Array.from(document.querySelectorAll(TAGS),
  (element) => new Promise((done) => element.addEventListener(typeOf(element) + ":done", done, { once: true }))))
  .then(() => window.dispatchEvent(new Event("py:all-done")));

/** The id of the element a target (an id or a CSS selector) names, given one when it has none; or null. */
export const existingId = (target, fresh) => {
  let element = document.getElementById(target);
  if (!element) {
    try {
      element = document.querySelector(target);
    } catch {
      element = null;
    }
  }
  if (!element) {
    return null;
  }
  if (!element.id) {
    element.id = fresh;
  }
  return element.id;
};

/** A new <script-py> output element after the script (at the end of the body for one in the head). */
export const insertTargetAfter = (script, id) => {
  const element = document.createElement("script-py");
  element.id = id;
  if (document.head.contains(script)) {
    document.body.append(element);
  } else {
    script.after(element);
  }
  return id;
};

/** The element's opening tag, for messages. */
export const openingTag = (element) => {
  const copy = element.cloneNode(false);
  copy.textContent = "";
  const html = copy.outerHTML;
  return html.slice(0, html.lastIndexOf("</")) || html;
};

/** document.currentScript is the running tag while its code runs, as PyScript pages expect. */
export const setCurrentScript = (element) => Object.defineProperty(document, "currentScript",
  { configurable: true, get: () => element });

export const clearCurrentScript = () => delete document.currentScript;

/** A bubbling event with its detail. */
export const dispatch = (target, name, detail) => target.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));

/** A performance mark, pyloom:name, for the browser's profiler. */
export const mark = (name) => globalThis.performance?.mark?.("pyloom:" + name);

/** The progress event on window, and a performance mark of the same name. */
export const progress = (name, detail) => {
  mark(name + " " + detail);
  globalThis.window?.dispatchEvent(new CustomEvent(name, { detail }));
};
