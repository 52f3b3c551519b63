// What a worker's request does on the page: each op on its target, as an outcome
// ({ ok, value }, { ok: false, error } or { pending }) that the page then answers with.
import { Op } from "./wire-tags.js";

export const failure = (message) => ({ ok: false, error: new Error(message) });

const attempt = (body) => {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    return { ok: false, error };
  }
};

/** What each op does to its target: { ok, value }, { ok: false, error } or { pending }. */
export const perform = (request, sync) => {
  const { op, target, key, value, args } = request;
  switch (op) {
    case Op.SYNC:
      return callSync(sync, key, args);
    case Op.GET:
      return attempt(() => target[key]);
    case Op.SET:
      return attempt(() => {
        target[key] = value;
        return true;
      });
    case Op.HAS:
      return attempt(() => key in target);
    case Op.DELETE:
      return attempt(() => delete target[key]);
    case Op.KEYS:
      return attempt(() => Reflect.ownKeys(target).filter((name) => typeof name === "string"));
    case Op.CALL:
      return attempt(() => Reflect.apply(target, value, args));
    case Op.CALL_METHOD:
      return attempt(() => target[key].apply(target, args));
    case Op.NEW:
      return attempt(() => Reflect.construct(target, args));
    default:
      return failure(`Unknown request ${op} from a worker`);
  }
};

/** A function the page set with worker.sync.name = f; a promise it returns is awaited. */
const callSync = (sync, name, args) => {
  const fn = sync[name];
  if (typeof fn !== "function") {
    return failure(`sync.${name} is not a function of the page: set it on the main thread with worker.sync.${name}`
      + " = a_function");
  }
  try {
    const value = fn.apply(undefined, args);
    if (value && typeof value.then === "function") {
      return { pending: Promise.resolve(value) };
    }
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error };
  }
};

