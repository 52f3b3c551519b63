// What a JavaScript value is, as far as the wire cares.
import { BYTE_TYPES, Tag } from "./wire-tags.js";

/** The tag of a value that travels as itself (a primitive), or undefined for objects and functions. */
export const scalarTag = (value) => {
  switch (typeof value) {
    case "undefined":
      return Tag.UNDEFINED;
    case "boolean":
      return value ? Tag.TRUE : Tag.FALSE;
    case "number":
      return isInt32(value) ? Tag.INT : Tag.DOUBLE;
    case "string":
      return Tag.STRING;
    case "bigint":
      return Tag.BIGINT;
    case "symbol":
      return Tag.SYMBOL;
    default:
      return value === null ? Tag.NULL : undefined;
  }
};

// -0 is not an int: it would come back as 0.
const isInt32 = (number) => (number | 0) === number && !Object.is(number, -0);

/** How an object can travel as data. */
export const Shape = Object.freeze({ ARRAY: "array", PLAIN: "plain", BYTES: "bytes", PYTHON: "python" });

/** The object's Shape, or null when it can only travel by reference. */
export const shapeOf = (value) => {
  if (typeof value === "function") {
    return null;
  }
  if (Array.isArray(value)) {
    return Shape.ARRAY;
  }
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    return Shape.BYTES;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    return Shape.PLAIN;
  }
  return isPython(value) ? Shape.PYTHON : null;
};

const className = (proto) => (proto && proto.constructor && proto.constructor.name) || "";

/**
 * The proxies of the interpreter a Python value belongs to, or null: the kernel's interpreter
 * files say (pyloom$kernel is defined ahead of this plugin in the runtime).
 */
export const proxiesOf = (value) => pyloom$kernel.interpreters.proxiesOf(value);

const isPython = (value) => proxiesOf(value) !== null;

/** The index of the bytes' type in BYTE_TYPES: 0 for an ArrayBuffer (and views of other types). */
export const bytesType = (bytes) => {
  if (!ArrayBuffer.isView(bytes)) {
    return 0;
  }
  const index = BYTE_TYPES.findIndex((type, i) => i > 0 && bytes instanceof type);
  return index < 0 ? 0 : index;
};

/** The bytes of a buffer as the type they were sent with. */
export const bytesAs = (type, buffer) => {
  const View = type === 0 ? null : BYTE_TYPES[type];
  return View ? new View(buffer) : buffer;
};

/** The name of a well-known symbol (Symbol.iterator: "iterator"), or "" for any other symbol. */
export const wellKnownName = (symbol) => {
  const description = symbol.description || "";
  const name = description.slice(7);
  return description.startsWith("Symbol.") && Symbol[name] === symbol ? name : "";
};

/** The symbol for a well-known name; undefined for "" (symbols of the page's own do not travel). */
export const wellKnown = (name) => (name ? Symbol[name] : undefined);

/** What an object is, for messages: its class, or its typeof. */
export const describe = (value) => className(Object.getPrototypeOf(value)) || typeof value;

/** Object.prototype.toString's tag: "HTMLDivElement", "Window"... */
export const toStringTag = (value) => Object.prototype.toString.call(value).slice(8, -1);

/** A Python object as plain JavaScript data, or null when it cannot be converted. */
export const pythonToData = (value, converter) => {
  try {
    return proxiesOf(value)?.toData(value, converter) ?? null;
  } catch {
    return null; // not convertible: the caller says so
  }
};
