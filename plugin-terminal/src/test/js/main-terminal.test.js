import { test } from "node:test";
import assert from "node:assert/strict";
import { claimMainTerminal, firstInstallOnPage, openMain, ownsTerminal, typeOf } from "../../main/js/main-terminal.js";

const tag = (localName, type) => ({ localName, getAttribute: (name) => (name === "type" ? type : null) });

test("the page-wide install is the first one", () => {
  assert.equal(firstInstallOnPage(), true);
  assert.equal(firstInstallOnPage(), false);
});

test("one main terminal per page: the first script keeps it, whichever interpreter asks", async () => {
  const first = tag("script", "py");
  const second = tag("script", "mpy");
  assert.equal(claimMainTerminal(first), true);
  assert.equal(claimMainTerminal(first), true);
  assert.equal(claimMainTerminal(second), false);
  assert.equal(ownsTerminal(first), false, "not open yet");
  const terminal = { write() {} };
  const sink = { stdout() {}, stderr() {} };
  const module = Promise.resolve({ openMain: (script) => {
    script.terminal = terminal;
    return { terminal, sink };
  } });
  assert.equal(await openMain(module, first), sink);
  assert.equal(globalThis.__pyloom_terminal__, terminal);
  assert.equal(ownsTerminal(first), true);
  assert.equal(ownsTerminal(second), false);
  delete globalThis.__pyloom_terminal__;
});

test("a tag's type", () => {
  assert.equal(typeOf(tag("script", "mpy")), "mpy");
  assert.equal(typeOf(tag("py-script", null)), "py");
});
