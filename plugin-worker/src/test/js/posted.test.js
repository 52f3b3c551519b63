import "./kernel.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { Codec } from "../../main/js/codec.js";
import { PageObjects } from "../../main/js/page-objects.js";
import { PostedChannel, NO_SHARED_MEMORY } from "../../main/js/posted-channel.js";
import { answerPosted } from "../../main/js/page-sync.js";

// A page and a worker that share no memory, their messages passed along in one thread.
const connect = (sync) => {
  const pageCodec = new Codec(new PageObjects(() => {}, () => {}, { fn: null }));
  let channel = null;
  channel = new PostedChannel((message) => {
    assert.equal(message.t, "sync");
    answerPosted(pageCodec, sync, message, (reply) => {
      assert.equal(reply.t, "sync-reply");
      queueMicrotask(() => channel.settle(reply));
    });
  }, { fn: null });
  return channel;
};

test("a sync call without shared memory gives a promise of the page function's value", async () => {
  const channel = connect({ add: (a, b) => a + b, later: async (text) => ({ text: `${text}!` }) });
  const sum = channel.sync("add", [2, 3]);
  assert.equal(typeof sum.then, "function");
  assert.equal(await sum, 5);
  assert.deepEqual(await channel.sync("later", ["x"]), { text: "x!" });
});

test("a missing or failing page function rejects with the page's message", async () => {
  const channel = connect({ broken: () => { throw new RangeError("no such thing"); } });
  await assert.rejects(channel.sync("missing", []), /sync\.missing is not a function of the page/);
  await assert.rejects(channel.sync("broken", []), (error) => error.name === "RangeError"
    && error.message === "no such thing");
});

test("what cannot travel is refused before it is sent", () => {
  const channel = connect({ f: () => 1 });
  assert.throws(() => channel.sync("f", [new Map()]), TypeError);
});

test("a page object the page returns cannot be reached, and says why", async () => {
  const element = new (class Element { tagName = "DIV"; })();
  const channel = connect({ element: () => element });
  const proxy = await channel.sync("element", []);
  assert.throws(() => proxy.tagName, (error) => error.message === NO_SHARED_MEMORY);
  assert.match(NO_SHARED_MEMORY, /Cross-Origin-Opener-Policy: same-origin/);
});
