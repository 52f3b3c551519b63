// Each interpreter behind one shape: the kernel calls the same methods on both.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as pyodide from "../../main/js/interpreters/pyodide.js";
import * as micropython from "../../main/js/interpreters/micropython.js";
import { adopt, displayName } from "../../main/js/interpreters/index.js";

const methods = (Class) => {
  const names = new Set();
  for (let proto = Class.prototype; proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    Object.getOwnPropertyNames(proto).filter((name) => name !== "constructor").forEach((name) => names.add(name));
  }
  return [...names].sort();
};

test("both interpreter files export the same names", () => {
  const shape = (module) => Object.keys(module).map((name) => (typeof module[name] === "function"
    && /^class /.test(String(module[name])) ? "<class>" : name)).sort();
  assert.deepEqual(shape(pyodide), shape(micropython));
});

test("both interpreters answer the same calls", () => {
  assert.deepEqual(methods(pyodide.Pyodide), methods(micropython.MicroPython));
  for (const name of ["runSync", "runAsync", "writeText", "writeBytes", "writeTexts", "unpack", "install",
    "registerModule", "putFirstOnPath"]) {
    assert.ok(methods(pyodide.Pyodide).includes(name), name);
  }
});

test("each script type has its interpreter and name; an unknown one is refused", () => {
  assert.equal(displayName("py"), "Pyodide");
  assert.equal(displayName("mpy"), "MicroPython");
  assert.ok(adopt("mpy", {}) instanceof micropython.MicroPython);
  assert.ok(adopt("py", {}) instanceof pyodide.Pyodide);
  assert.throws(() => adopt("lua", {}), /no interpreter runs scripts of type lua/);
});

test("MicroPython refuses packages with the message that says what to do", async () => {
  await assert.rejects(adopt("mpy", {}).install(["numpy"]),
    { message: "(PY1001): packages is a Pyodide-only option: MicroPython cannot install numpy. Copy the modules you need with files instead." });
  await adopt("mpy", {}).install([]);
});
