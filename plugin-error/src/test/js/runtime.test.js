import { test } from "node:test";
import assert from "node:assert/strict";
import { isPython } from "../../main/js/runtime.js";

test("Python exceptions are told from other errors", () => {
  const pythonError = new Error("Traceback (most recent call last):\n  File ...\nValueError: no");
  assert.ok(isPython(pythonError));
  assert.ok(isPython(Object.assign(new Error("x"), { name: "PythonError" })));
  assert.ok(isPython("PythonError: raised in a handler"));
  assert.equal(isPython(new TypeError("undefined is not a function")), false);
  assert.equal(isPython(null), false);
  assert.equal(isPython(undefined), false);
});
