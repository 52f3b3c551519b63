import { test } from "node:test";
import assert from "node:assert/strict";
import { duplicateKey, kindOf, parseJson, urlExtension } from "../../main/js/config.js";

test("a repeated key is found with the keys above it", () => {
  assert.deepEqual(duplicateKey('{"a": 1, "a": 2}'), ["", "a"]);
  assert.deepEqual(duplicateKey('{"files": {"x": "1", "y": {"z": 1}, "x": "2"}}'), ["files", "x"]);
  assert.deepEqual(duplicateKey('{"a": {"b": {"c": 1, "c": 2}}}'), ["a.b", "c"]);
});

test("equal keys in different objects, values equal to keys and escaped quotes are not repeats", () => {
  assert.equal(duplicateKey('{"a": {"x": 1}, "b": {"x": 1}}'), null);
  assert.equal(duplicateKey('{"a": "a", "b": ["a", "a"]}'), null);
  assert.equal(duplicateKey('{"q\\"": 1, "q": 2}'), null);
  assert.equal(duplicateKey('[{"a": 1}, {"a": 1}]'), null);
});

test("a config value that looks like a file URL gives its extension", () => {
  assert.equal(urlExtension("pyscript.toml"), "toml");
  assert.equal(urlExtension("./conf/a.json?v=2"), "json");
  assert.equal(urlExtension("a b.json"), null);
  assert.equal(urlExtension('{"x": 1}'), null);
});

test("JSON parses, or says why not", () => {
  assert.deepEqual(parseJson('{"a": [1]}'), { ok: true, value: { a: [1] } });
  const bad = parseJson("{a: 1}");
  assert.equal(bad.ok, false);
  assert.match(bad.message, /JSON/);
});

test("kinds are named for messages", () => {
  assert.equal(kindOf({}), "object");
  assert.equal(kindOf([]), "an array");
  assert.equal(kindOf(null), "null");
  assert.equal(kindOf("x"), "a string");
  assert.equal(kindOf(1), "a number");
});
