// Event attributes: which attribute names are events, and how a handler name is looked up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventOf, resolveHandler } from "../../main/js/event-attributes.js";

test("py-EVENT and mpy-EVENT are event attributes; env and other prefixes are not", () => {
  const types = ["py", "mpy"];
  assert.equal(eventOf("py-click", types), "click");
  assert.equal(eventOf("mpy-input", types), "input");
  assert.equal(eventOf("py-env", types), null);
  assert.equal(eventOf("data-click", types), null);
  assert.equal(eventOf("py-", types), null);
  assert.equal(eventOf("class", types), null);
});

test("a dotted handler name is looked up attribute by attribute, called on its owner", () => {
  const handlers = { on: function on(event) { return [this, event]; } };
  const globals = new Map([["ns", handlers], ["plain", (event) => event]]);
  const dotted = resolveHandler(globals, "ns.on");
  assert.equal(dotted.context, handlers);
  assert.deepEqual(dotted.target.call(dotted.context, "e"), [handlers, "e"]);
  assert.equal(resolveHandler(globals, " plain ").context, undefined);
});

test("a name that finds nothing says so", () => {
  const globals = new Map([["ns", {}]]);
  assert.throws(() => resolveHandler(globals, "missing"), /missing names nothing in this page's Python/);
  assert.throws(() => resolveHandler(globals, "ns.gone.deeper"), /ns\.gone\.deeper names nothing/);
});
