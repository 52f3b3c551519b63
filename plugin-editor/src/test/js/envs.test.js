import { test } from "node:test";
import assert from "node:assert/strict";
import { Envs } from "../../main/js/editor/envs.js";

test("editors of one env share its worker, started once", async () => {
  const envs = new Envs();
  let starts = 0;
  const start = async () => ++starts;
  envs.join("pyodide-shared", false, false);
  envs.join("pyodide-shared", false, false);
  assert.equal(await envs.worker("pyodide-shared", start), 1);
  assert.equal(await envs.worker("pyodide-shared", start), 1);
  assert.equal(await envs.worker("pyodide-other", start), 2);
});

test("a second config for an env is PyScript's SyntaxError, unless env-override starts it afresh", async () => {
  const envs = new Envs();
  envs.join("micropython-a", true, false);
  assert.throws(() => envs.join("micropython-a", true, false), { name: "SyntaxError", message: "duplicated config for env: micropython-a" });
  envs.join("micropython-b", false, false);
  assert.throws(() => envs.join("micropython-b", true, false), { message: "unable to add a config to the env: micropython-b" });
  let starts = 0;
  await envs.worker("micropython-a", async () => ++starts);
  envs.join("micropython-a", true, true);
  assert.equal(envs.has("micropython-a"), false);
  assert.equal(await envs.worker("micropython-a", async () => ++starts), 2);
});

test("a stopped env starts a new worker next time and keeps its setups", async () => {
  const envs = new Envs();
  envs.addSetup("pyodide-x", "import math");
  envs.addSetup("pyodide-x", "x = 1");
  await envs.worker("pyodide-x", async () => "first");
  envs.stopped("pyodide-x");
  assert.equal(envs.has("pyodide-x"), false);
  assert.equal(await envs.worker("pyodide-x", async () => "second"), "second");
  assert.deepEqual(envs.setups("pyodide-x"), ["import math", "x = 1"]);
  assert.deepEqual(envs.setups("pyodide-y"), []);
});
