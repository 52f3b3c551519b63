import { test } from "node:test";
import assert from "node:assert/strict";
import { offerRunner, pageSink } from "../../main/js/editor-worker.js";

test("an env's worker sends its output lines to the page's editor functions", () => {
  const lines = [];
  const sink = pageSink({ pyloom_editor_write: (line) => lines.push(`out ${line}`), pyloom_editor_write_err: (line) => lines.push(`err ${line}`) });
  sink.stdout("hello");
  sink.stderr("oops");
  assert.deepEqual(lines, ["out hello", "err oops"]);
});

test("the runner it offers settles when the code ran and fails with the Python error", async () => {
  const pageSync = {};
  offerRunner(pageSync, async (code) => (code.includes("raise") ? "Traceback...\nValueError: no" : null));
  await pageSync.pyloom_editor_run("print(1)");
  await assert.rejects(pageSync.pyloom_editor_run("raise ValueError('no')"), { message: "Traceback...\nValueError: no" });
});
