import "./kernel.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { BYTE_TYPES, Op, Probe, Tag } from "../../main/js/wire-tags.js";

const distinct = (table) => new Set(Object.values(table)).size === Object.keys(table).length;

test("each tag and each op has its own number, and every number fits the byte it travels in", () => {
  assert.ok(distinct(Tag));
  assert.ok(distinct(Op));
  for (const number of [...Object.values(Tag), ...Object.values(Op)]) {
    assert.ok(Number.isInteger(number) && number >= 0 && number < 256, `${number}`);
  }
  assert.equal(BYTE_TYPES.length < 256, true);
});

test("the probe flags are single bits", () => {
  assert.ok(distinct(Probe));
  for (const bit of Object.values(Probe)) {
    assert.equal(bit & (bit - 1), 0, `${bit}`);
  }
});

test("the tables cannot be changed by accident", () => {
  assert.ok(Object.isFrozen(Tag) && Object.isFrozen(Op) && Object.isFrozen(Probe) && Object.isFrozen(BYTE_TYPES));
});
