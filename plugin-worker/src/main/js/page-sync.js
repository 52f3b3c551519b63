// The page's answer to a worker's sync call that came as a message (the page shares no memory
// with the worker): the same functions and rules as the shared channel, answered by message.
import { Op } from "./wire-tags.js";
import { Wire } from "./wire.js";
import { WireError } from "./wire-error.js";
import { perform } from "./page-ops.js";

/** data: { call, name, payload } from the worker; post(message) sends the answer back. */
export const answerPosted = (codec, sync, data, post) => {
  const answer = (outcome) => {
    const wire = Wire.local();
    try {
      if (outcome.ok) {
        codec.write(wire, outcome.value, true);
      } else {
        codec.writeError(wire, outcome.error);
      }
    } catch (error) {
      wire.rewind();
      codec.writeError(wire, error instanceof WireError ? new Error(error.message) : error);
    }
    post({ t: "sync-reply", call: data.call, payload: wire.payload() });
  };
  let outcome;
  try {
    const args = codec.readAll(Wire.reading(data.payload));
    outcome = perform({ op: Op.SYNC, key: String(data.name), args }, sync);
  } catch (error) {
    outcome = { ok: false, error };
  }
  if (outcome.pending) {
    outcome.pending.then((value) => answer({ ok: true, value }), (error) => answer({ ok: false, error }));
  } else {
    answer(outcome);
  }
};
