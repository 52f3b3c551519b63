import { test } from "node:test";
import assert from "node:assert/strict";
import { typeAhead } from "../../main/js/type-ahead.js";

/** A line reader as xterm-readline's: activeRead while a read is on, cleared by Enter. */
const reader = () => {
  const lines = [];
  let line = "";
  const readline = {
    activeRead: undefined,
    readData(data) {
      if (readline.activeRead === undefined) return;
      if (data === "\r") {
        lines.push(line);
        line = "";
        readline.activeRead = undefined;
      } else {
        line += data;
      }
    },
  };
  return { readline, lines };
};

test("keys typed between reads wait for the next read, one line per read", () => {
  const { readline, lines } = reader();
  const ahead = typeAhead(readline);
  for (const key of ["a", "\r", "b", "\r"]) {
    ahead.heard(key);
    readline.readData(key);
  }
  assert.deepEqual(lines, []);
  readline.activeRead = {};
  ahead.replay();
  assert.deepEqual(lines, ["a"]);
  readline.activeRead = {};
  ahead.replay();
  assert.deepEqual(lines, ["a", "b"]);
});

test("keys typed during a read are the reader's own, not kept", () => {
  const { readline, lines } = reader();
  const ahead = typeAhead(readline);
  readline.activeRead = {};
  for (const key of ["x", "\r"]) {
    ahead.heard(key);
    readline.readData(key);
  }
  readline.activeRead = {};
  ahead.replay();
  assert.deepEqual(lines, ["x"]);
  assert.notEqual(readline.activeRead, undefined, "nothing was left to replay");
});
