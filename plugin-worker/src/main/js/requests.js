// A worker's synchronous request on the wire: op, the object's id, the page objects the worker let
// go of, then the operands each op takes.
import { Op } from "./wire-tags.js";

/** Writes a request (the worker's side); codec writes the operands, all as data. */
export const writeRequest = (wire, codec, request) => {
  const { op, id, key, value, args, released } = request;
  wire.rewind();
  wire.putByte(op);
  wire.putInt(id);
  wire.putInt(released.length / 2);
  for (const number of released) {
    wire.putInt(number);
  }
  switch (op) {
    case Op.SYNC:
      wire.putString(String(key));
      codec.writeAll(wire, args, true);
      break;
    case Op.SET:
      codec.write(wire, key, true);
      codec.write(wire, value, true);
      break;
    case Op.CALL:
      codec.write(wire, value, true);
      codec.writeAll(wire, args, true);
      break;
    case Op.CALL_METHOD:
      codec.write(wire, key, true);
      codec.writeAll(wire, args, true);
      break;
    case Op.NEW:
      codec.writeAll(wire, args, true);
      break;
    case Op.KEYS:
      break;
    default:
      codec.write(wire, key, true);
  }
  wire.seal();
};

/**
 * Reads a request (the page's side), telling objects of each page object the worker let go of:
 * { op, target, key, value, args } with the operands its op takes.
 */
export const readRequest = (wire, codec, objects) => {
  wire.rewind();
  const op = wire.byteAt();
  const id = wire.intAt();
  const releases = wire.intAt();
  for (let i = 0; i < releases; i++) {
    const released = wire.intAt();
    objects.release(released, wire.intAt());
  }
  const request = { op, target: op === Op.SYNC ? undefined : objects.objectAt(id) };
  switch (op) {
    case Op.SYNC:
      request.key = wire.stringAt();
      request.args = codec.readAll(wire);
      break;
    case Op.SET:
      request.key = codec.read(wire);
      request.value = codec.read(wire);
      break;
    case Op.CALL:
      request.value = codec.read(wire);
      request.args = codec.readAll(wire);
      break;
    case Op.CALL_METHOD:
      request.key = codec.read(wire);
      request.args = codec.readAll(wire);
      break;
    case Op.NEW:
      request.args = codec.readAll(wire);
      break;
    case Op.KEYS:
      break;
    case Op.GET:
    case Op.HAS:
    case Op.DELETE:
      request.key = codec.read(wire);
      break;
    default: // unknown: the page says so
  }
  return request;
};
