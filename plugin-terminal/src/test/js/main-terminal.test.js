import { test } from "node:test";
import assert from "node:assert/strict";
import { claimMainTerminal, firstInstallOnPage, openMain, openWorker, ownsTerminal } from "../../main/js/main-terminal.js";

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

test("a worker's terminal is offered on its sync, whose calls wait for it to open", async () => {
  const lines = [];
  let open;
  const module = new Promise((resolve) => {
    open = () => resolve({ openWorker: () => ({
      terminal: "xterm", write: (text) => lines.push(text), read: async (prompt) => `typed after ${prompt}`,
    }) });
  });
  const handle = { sync: {} };
  openWorker(module, tag("script", "py"), handle, (message) => assert.fail(message));
  assert.equal(handle.sync.is_pyterminal(), true);
  const written = handle.sync.pyterminal_write("hello\r\n");
  const read = handle.sync.pyterminal_read("name? ");
  open();
  await written;
  assert.deepEqual(lines, ["hello\r\n"]);
  assert.equal(await read, "typed after name? ");
  assert.equal(await handle.sync.pyterminal_object(), "xterm");
});

test("a worker terminal that cannot open says why, and its calls fail", async () => {
  const failures = [];
  const handle = { sync: {} };
  const opened = openWorker(Promise.resolve({ openWorker: () => {
    throw new Error("the terminal's target #nowhere names no element of the page");
  } }), tag("script", "mpy"), handle, (message) => failures.push(message));
  await assert.rejects(opened);
  await assert.rejects(handle.sync.pyterminal_read(">>> "), /names no element/);
  assert.deepEqual(failures, ["The terminal could not be opened: the terminal's target #nowhere names no element of the page"]);
});
