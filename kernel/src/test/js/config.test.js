import { test } from "node:test";
import assert from "node:assert/strict";
import { duplicateKey, jsonOf, parseJson, parseToml, urlExtension, valueAt, valueKind } from "../../main/js/config.js";

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

test("values have the kinds the rules know", () => {
  assert.equal(valueKind({}), "OBJECT");
  assert.equal(valueKind([]), "ARRAY");
  assert.equal(valueKind(null), "NULL");
  assert.equal(valueKind("x"), "STRING");
  assert.equal(valueKind(1.5), "NUMBER");
  assert.equal(valueKind(10n), "NUMBER");
  assert.equal(valueKind(false), "BOOLEAN");
  assert.equal(valueKind(new Date(0)), "STRING");
});

test("only an object's own keys are its values", () => {
  assert.equal(valueAt({ a: 1 }, "a"), 1);
  assert.equal(valueAt({}, "toString"), undefined);
  assert.equal(valueAt({}, "__proto__"), undefined);
});

test("values are shown as JSON, TOML's big integers too", () => {
  assert.equal(jsonOf({ a: [1, "b"] }), '{"a":[1,"b"]}');
  assert.equal(jsonOf(12345678901234567890n), "12345678901234567890");
});

test("a config-parser module parses the TOML; one that cannot be used gives way to Pyloom's, with a warning", async () => {
  const own = "data:text/javascript,export const parse = (text) => ({ own: text.trim() });";
  const custom = "data:text/javascript,export const parse = (text) => ({ custom: text.trim() });";
  const empty = "data:text/javascript,export const other = 1;";
  assert.deepEqual(await parseToml(own, "a = 1", custom), { ok: true, value: { custom: "a = 1" } });
  const warnings = [];
  const warn = console.warn;
  console.warn = (line) => warnings.push(line);
  try {
    assert.deepEqual(await parseToml(own, "a = 1", empty), { ok: true, value: { own: "a = 1" } });
    assert.deepEqual(await parseToml(own, "a = 1", "data:text/javascript,throw new Error('offline')"),
      { ok: true, value: { own: "a = 1" } });
  } finally {
    console.warn = warn;
  }
  assert.match(warnings[0], /config-parser .* is not used \(it has no parse\(text\) export\)/);
  assert.match(warnings[1], /is not used \(it did not load: offline\)/);
  await assert.rejects(parseToml(null, "a = 1", empty), /the config-parser .* cannot be used \(it has no parse\(text\) export\)/);
});
