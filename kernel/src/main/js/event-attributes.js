// Event attributes, as PyScript wires them: <button py-click="handler"> (mpy-click, py-input, any
// DOM event) calls the Python function of that name in the interpreter of that type, with the
// event, once that interpreter has run the scripts it had. A dotted name (ns.handler) is looked up
// attribute by attribute. Form controls stay disabled until their interpreter is ready.
import { writeStderr } from "./stderr.js";
import { hasMainScripts } from "./page.js";
import { TYPES } from "./interpreters/index.js";

const interpreters = new Map(); // type -> { promise, resolve, reject, settled }

const entry = (type) => {
  let found = interpreters.get(type);
  if (!found) {
    let resolve;
    let reject;
    const promise = new Promise((yes, no) => {
      resolve = yes;
      reject = no;
    });
    promise.catch(() => {}); // a failed interpreter is reported where it failed; events say so again
    found = { promise, resolve, reject, settled: false };
    interpreters.set(type, found);
  }
  return found;
};

/** The type's interpreter has run its scripts: its handlers may be called (shape: the kernel's object). */
export const interpreterReady = (type, shape) => {
  const found = entry(type);
  found.settled = true;
  found.resolve(shape);
};

/** The type's interpreter could not start: its event attributes report why. */
export const interpreterFailed = (type, message) => {
  const found = entry(type);
  found.settled = true;
  found.reject(new Error(message));
};

/** An attribute name's event, when it is one of `types`' event attributes ("py-click" -> "click"). */
export const eventOf = (name, types) => {
  const dash = name.indexOf("-");
  if (dash < 0 || !types.includes(name.slice(0, dash))) return null;
  const event = name.slice(dash + 1);
  return event && event !== "env" && !event.includes("-") ? event : null;
};

/** The function a handler name (a.b.c) names in an interpreter's globals, and what it is called on. */
export const resolveHandler = (globals, name) => {
  const [first, ...rest] = name.trim().split(".");
  let target = globals.get(first);
  let context;
  for (const key of rest) {
    if (target == null) break;
    [context, target] = [target, target[key]];
  }
  if (target == null) {
    throw new Error(`${name} names nothing in this page's Python: define a function of that name to handle the event`);
  }
  return { target, context };
};

/**
 * Wires every event attribute of `types` in the page, now and as elements and attributes change.
 * hasScripts(type) tells whether the page has main-thread scripts of that type (none: an event
 * says so).
 */
export const watchEventAttributes = (types = TYPES, hasScripts = hasMainScripts) => {
  const listener = (event) => {
    for (const type of types) {
      const code = event.currentTarget.getAttribute?.(`${type}-${event.type}`);
      if (code != null) {
        handle(type, code, event, types, hasScripts);
      }
    }
  };
  const wire = (element) => {
    for (const name of element.getAttributeNames()) {
      const event = eventOf(name, types);
      if (event) {
        element.addEventListener(event, listener); // the same listener twice is added once
        holdUntilReady(element, name.slice(0, name.indexOf("-")), hasScripts);
      }
    }
  };
  // The browser's XPath finds the attributes: no walk over every element of a large page in JS.
  const attributes = `.//@*[${types.map((type) => `starts-with(name(), "${type}-")`).join(" or ")}]`;
  const wireTree = (root) => {
    if (root.nodeType !== 1) return;
    const found = document.evaluate(attributes, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    const elements = new Set();
    for (let i = 0; i < found.snapshotLength; i++) {
      elements.add(found.snapshotItem(i).ownerElement);
    }
    elements.forEach(wire);
  };
  wireTree(document.documentElement);
  new MutationObserver((records) => {
    for (const { type, target, attributeName, addedNodes } of records) {
      if (type === "attributes") {
        const event = eventOf(attributeName, types);
        if (event) {
          target[target.hasAttribute(attributeName) ? "addEventListener" : "removeEventListener"](event, listener);
        }
      } else {
        addedNodes.forEach(wireTree);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
};

// Form controls wait for their interpreter, as PyScript's do; a control the page disabled stays so.
// One whose interpreter the page has no script for stays enabled: a click says what is missing.
const holdUntilReady = (element, type, hasScripts) => {
  const found = entry(type);
  if ("disabled" in element && !element.disabled && !found.settled && hasScripts(type)) {
    element.disabled = true;
    const enable = () => {
      element.disabled = false;
    };
    found.promise.then(enable, enable);
  }
};

const handle = async (type, code, event, types, hasScripts) => {
  try {
    if (!interpreters.get(type)?.settled && !hasScripts(type)) {
      const present = types.filter((other) => other !== type && hasScripts(other));
      throw new Error(`The interpreter "${type}" was not found. ` + (present.length
        ? `Available interpreters are: ${present.map((name) => `"${name}"`).join(", ")}.`
        : "There are no interpreters in this page."));
    }
    const shape = await entry(type).promise;
    const { target, context } = resolveHandler(shape.engine.globals, code);
    await (typeof target.call === "function" ? target.call(context, event) : target(event));
  } catch (error) {
    writeStderr(`${type}-${event.type}="${code}": ${error?.message ?? error}`);
  }
};
