import { test } from "node:test";
import assert from "node:assert/strict";
import { pageSink, writeFailure } from "../../main/js/worker-terminal.js";

test("a worker's output and failures go to the page's terminal as terminal lines", () => {
  const written = [];
  const pageSync = { pyterminal_write: (text) => written.push(text) };
  const sink = pageSink(pageSync);
  sink.stdout("hello");
  sink.stderr("Traceback (most recent call last):\n  oops");
  writeFailure(pageSync, "ValueError: 3");
  assert.deepEqual(written, ["hello\r\n", "Traceback (most recent call last):\r\n  oops\r\n", "ValueError: 3\r\n"]);
});
