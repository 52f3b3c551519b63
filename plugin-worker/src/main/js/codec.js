// Values on the wire. Primitives, arrays, plain objects and bytes travel as data; page objects
// travel as references the worker gets proxies for; worker functions travel as references the page
// gets callable stubs for. Each side says how through its refs:
//   isRef(value)           whether the object must travel by reference even as data (proxies, stubs)
//   writeRef(wire, value)  writes the tag and the reference of an object that does not travel as data
//   readPageRef(wire), readWorkerRef(wire)
//   toData(python)         a Python object as plain JavaScript data, or null
import { Tag } from "./wire-tags.js";
import { WireError } from "./wire-error.js";
import { Shape, bytesAs, bytesType, scalarTag, shapeOf, wellKnown, wellKnownName } from "./values.js";

const NOT_DATA = "This Python object cannot be sent between a worker and the page: only data "
  + "(numbers, strings, lists, dicts, bytes), functions and page objects can.";

/** The error the other side threw, thrown here with its name and message. */
const raise = (name, message) => {
  const error = new Error(message);
  error.name = name;
  throw error;
};

export class Codec {
  constructor(refs) {
    this.refs = refs;
  }

  /**
   * asData: whether arrays, plain objects and Python containers travel as data (always for what a
   * worker sends; for what the page sends to sync calls and exports) rather than as references
   * (what the page sends for DOM access).
   */
  write(wire, value, asData) {
    const tag = scalarTag(value);
    if (tag !== undefined) {
      writeScalar(wire, tag, value);
    } else if (this.refs.isRef(value) || !asData) {
      this.refs.writeRef(wire, value);
    } else {
      this.#writeObject(wire, value);
    }
  }

  #writeObject(wire, value) {
    switch (shapeOf(value)) {
      case Shape.ARRAY:
        wire.putByte(Tag.ARRAY);
        wire.putInt(value.length);
        for (let i = 0; i < value.length; i++) {
          this.write(wire, value[i], true);
        }
        return;
      case Shape.PLAIN: {
        const keys = Object.keys(value);
        wire.putByte(Tag.OBJECT);
        wire.putInt(keys.length);
        for (const key of keys) {
          wire.putString(key);
          this.write(wire, value[key], true);
        }
        return;
      }
      case Shape.BYTES:
        wire.putByte(Tag.BYTES);
        wire.putByte(bytesType(value));
        wire.putBytes(value);
        return;
      case Shape.PYTHON: { // as data when its interpreter can convert it
        const data = this.refs.toData(value);
        // Still Python after conversion (an instance, a module...): no JavaScript data for it.
        if (data == null || scalarTag(data) === undefined && !this.refs.isRef(data) && shapeOf(data) === Shape.PYTHON) {
          throw new WireError(NOT_DATA);
        }
        this.write(wire, data, true);
        return;
      }
      default:
        this.refs.writeRef(wire, value);
    }
  }

  /** Writes several values: a count, then each. */
  writeAll(wire, values, asData) {
    wire.putInt(values.length);
    for (let i = 0; i < values.length; i++) {
      this.write(wire, values[i], asData);
    }
  }

  /** A thrown error, as its name and message. */
  writeError(wire, error) {
    wire.putByte(Tag.ERROR);
    wire.putString(String((error && error.name) || "Error"));
    wire.putString(String(error && error.message !== undefined ? error.message : error));
  }

  read(wire) {
    const tag = wire.byteAt();
    switch (tag) {
      case Tag.UNDEFINED:
        return undefined;
      case Tag.NULL:
        return null;
      case Tag.FALSE:
        return false;
      case Tag.TRUE:
        return true;
      case Tag.INT:
        return wire.intAt();
      case Tag.DOUBLE:
        return wire.doubleAt();
      case Tag.STRING:
        return wire.stringAt();
      case Tag.BIGINT:
        return BigInt(wire.stringAt());
      case Tag.SYMBOL:
        return wellKnown(wire.stringAt());
      case Tag.PAGE_REF:
        return this.refs.readPageRef(wire);
      case Tag.WORKER_REF:
        return this.refs.readWorkerRef(wire);
      case Tag.ARRAY:
        return this.readAll(wire);
      case Tag.OBJECT: {
        const length = wire.intAt();
        const object = {};
        for (let i = 0; i < length; i++) {
          const key = wire.stringAt();
          object[key] = this.read(wire);
        }
        return object;
      }
      case Tag.BYTES: {
        const type = wire.byteAt();
        return bytesAs(type, wire.bytesAt());
      }
      case Tag.ERROR: {
        const name = wire.stringAt();
        return raise(name, wire.stringAt());
      }
      default:
        throw new WireError(`Unknown value tag ${tag} on the wire between worker and page`);
    }
  }

  /** Reads a count, then that many values, into an array. */
  readAll(wire) {
    const length = wire.intAt();
    const values = [];
    for (let i = 0; i < length; i++) {
      values.push(this.read(wire));
    }
    return values;
  }
}

const writeScalar = (wire, tag, value) => {
  wire.putByte(tag);
  switch (tag) {
    case Tag.INT:
      wire.putInt(value);
      break;
    case Tag.DOUBLE:
      wire.putDouble(value);
      break;
    case Tag.STRING:
    case Tag.BIGINT:
      wire.putString(String(value));
      break;
    case Tag.SYMBOL:
      wire.putString(wellKnownName(value));
      break;
    default: // the tag says it all
  }
};
