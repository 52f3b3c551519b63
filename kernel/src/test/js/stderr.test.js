import { test } from "node:test";
import assert from "node:assert/strict";
import { listenStderr, writeStderr } from "../../main/js/stderr.js";

test("each stderr line reaches the console and every listener, even past one that fails", (t) => {
  const errors = [];
  t.mock.method(console, "error", (...args) => errors.push(args.join(" ")));
  const heard = [];
  listenStderr(() => { throw new Error("broken listener"); });
  listenStderr((line) => heard.push(line));
  writeStderr("This is an error");
  assert.deepEqual(heard, ["This is an error"]);
  assert.equal(errors[0], "This is an error");
  assert.match(errors[1], /^Pyloom: a stderr listener failed: Error: broken listener/);
});
