// The numbers of the wire between a worker and the page, defined here only: both ends encode and
// decode with these.

/** The first byte of each value: what follows it. */
export const Tag = Object.freeze({
  UNDEFINED: 0,
  NULL: 1,
  FALSE: 2,
  TRUE: 3,
  INT: 4,
  DOUBLE: 5,
  STRING: 6,
  PAGE_REF: 7,
  WORKER_REF: 8,
  ARRAY: 9,
  OBJECT: 10,
  BYTES: 11,
  BIGINT: 12,
  SYMBOL: 13,
  ERROR: 14,
});

/** What a worker asks the page to do with one of its objects, synchronously. */
export const Op = Object.freeze({
  GET: 1,
  SET: 2,
  HAS: 3,
  DELETE: 4,
  KEYS: 5,
  CALL: 6,
  CALL_METHOD: 7,
  NEW: 8,
  // Calls a function the page set on the worker's sync; arguments and result travel as data.
  SYNC: 9,
});

/**
 * What the page tells about an object along with its reference: the worker's proxy answers the
 * probes of Pyodide and MicroPython from these bits, without a round trip.
 */
export const Probe = Object.freeze({
  FUNCTION: 1,
  ARRAY: 2,
  THEN: 4,
  ITERATOR: 8,
  ASYNC_ITERATOR: 16,
  NEXT: 32,
  LENGTH: 64,
  SIZE: 128,
  GET: 256,
  SET: 512,
  HAS: 1024,
  INCLUDES: 2048,
  NAME: 4096,
  MESSAGE: 8192,
  STACK: 16384,
});

/** Bytes travel with the index of their type here: 0 is a plain ArrayBuffer. */
export const BYTE_TYPES = Object.freeze([ArrayBuffer, Uint8Array, Int8Array, Uint8ClampedArray, Int16Array,
  Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView]);
