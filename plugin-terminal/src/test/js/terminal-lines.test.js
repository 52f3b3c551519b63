import { test } from "node:test";
import assert from "node:assert/strict";
import { asTerminalText, lineSink } from "../../main/js/terminal-lines.js";

test("a line ends at the start of the next terminal line, newlines inside it too", () => {
  assert.equal(asTerminalText("hello"), "hello\r\n");
  assert.equal(asTerminalText("a\nb"), "a\r\nb\r\n");
  assert.equal(asTerminalText("a\r\nb"), "a\r\nb\r\n");
  assert.equal(asTerminalText(""), "\r\n");
});

test("both streams of the sink write to the terminal", () => {
  const written = [];
  const sink = lineSink((text) => written.push(text));
  sink.stdout("out");
  sink.stderr("Traceback (most recent call last):");
  assert.deepEqual(written, ["out\r\n", "Traceback (most recent call last):\r\n"]);
});
