import { test } from "node:test";
import assert from "node:assert/strict";
import { select } from "../../main/js/runtime.js";

test("a selector's matches come back as they are", () => {
  const matches = [1, 2];
  assert.equal(select({ querySelectorAll: (selector) => (selector === "p" ? matches : []) }, "p"), matches);
});

test("a bad selector gives the browser's message, not an exception", () => {
  const root = { querySelectorAll: () => { throw new SyntaxError("'p[' is not a valid selector."); } };
  assert.equal(select(root, "p["), "'p[' is not a valid selector.");
});
