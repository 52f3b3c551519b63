// The interpreters, by script type: the one place that maps a type to its implementation.
import * as pyodide from "./pyodide.js";
import * as micropython from "./micropython.js";

const kinds = {
  [pyodide.type]: { displayName: pyodide.displayName, Interpreter: pyodide.Pyodide },
  [micropython.type]: { displayName: micropython.displayName, Interpreter: micropython.MicroPython },
};

/** Every script type: py, mpy. */
export const TYPES = Object.freeze(Object.keys(kinds));

const kindOf = (type) => {
  const kind = kinds[type];
  if (!kind) {
    throw new Error(`no interpreter runs scripts of type ${type}`);
  }
  return kind;
};

/** The interpreter's name in progress events: Pyodide, MicroPython. */
export const displayName = (type) => kindOf(type).displayName;

/** The kernel's object for an engine the boot started. */
export const adopt = (type, engine) => new (kindOf(type).Interpreter)(engine, type);

// MicroPython's first: its proxies are told by their class, before any property is read of them.
const PROXIES = [micropython.proxies, pyodide.proxies];

/**
 * The proxies of the interpreter a value is a Python object of ({ owns, toData, keep, release }),
 * or null for a JavaScript value.
 */
export const proxiesOf = (value) => {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) {
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  return PROXIES.find((proxies) => proxies.owns(value, proto)) ?? null;
};
