import { test } from "node:test";
import assert from "node:assert/strict";
import { dedent, indentationOf } from "../../main/js/editor/text.js";

test("an editor shows its tag's code without the shared margin and blank ends", () => {
  assert.equal(dedent("\n      def f():\n          return 1\n\n      print(f())\n    "), "def f():\n    return 1\n\nprint(f())");
  assert.equal(dedent("\r\n\tx = 1\r\n\ty = 2\r\n"), "x = 1\ny = 2");
  assert.equal(dedent(""), "");
});

test("the editor indents as the code does, four spaces otherwise", () => {
  assert.equal(indentationOf("if x:\n  y()"), "  ");
  assert.equal(indentationOf("if x:\n\ty()"), "\t");
  assert.equal(indentationOf("print(1)"), "    ");
});
