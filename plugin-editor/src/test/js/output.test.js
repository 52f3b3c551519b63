import { test } from "node:test";
import assert from "node:assert/strict";
import { outputFor } from "../../main/js/editor/output.js";

/** Just enough of an element for the output: appended text and red spans. */
const element = () => {
  const parts = [];
  const el = {
    parts,
    append: (...items) => parts.push(...items.map((item) => (typeof item === "string" ? item : `<red>${item.textContent}`))),
    ownerDocument: { createElement: () => ({ style: {}, textContent: "" }) },
  };
  return el;
};

test("a run's output goes under its editor, errors in red", () => {
  const out = element();
  const notified = [];
  const sink = outputFor(out, (message) => notified.push(message));
  sink.stdout("hello");
  sink.stderr("careful");
  const { error } = console;
  console.error = () => {};
  try {
    sink.failed("ValueError: x");
  } finally {
    console.error = error;
  }
  assert.deepEqual(out.parts, ["hello\n", "<red>careful", "\n", "<red>ValueError: x", "\n"]);
  assert.deepEqual(notified, [], "shown under the editor, not in the banner");
});

test("setup code writes to the console and fails into the banner", () => {
  const notified = [];
  const logged = [];
  const { log, error } = console;
  console.log = (line) => logged.push(`log ${line}`);
  console.error = (line) => logged.push(`error ${line}`);
  try {
    const sink = outputFor(null, (message) => notified.push(message));
    sink.stdout("Hello Editor");
    sink.stderr("warning");
    sink.failed("Exception: failure");
  } finally {
    console.log = log;
    console.error = error;
  }
  assert.deepEqual(logged, ["log Hello Editor", "error warning"]);
  assert.deepEqual(notified, ["Exception: failure"]);
});
