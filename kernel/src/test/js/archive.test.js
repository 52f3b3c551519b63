// The archive reader on real archives: made here by Python's zipfile and GNU tar.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readArchive } from "../../main/js/archive.js";

const work = mkdtempSync(join(tmpdir(), "pyloom-archive-"));
const LONG = "a-folder-with-a-name-well-over-one-hundred-characters-" + "x".repeat(60) + "/and-a-file-too.py";
// ustar splits a long name at a slash into its prefix field; no part may be over 100 characters
const SPLIT = "pkg/" + "sub-folder/".repeat(12) + "deep.py";
const files = { "pkg/__init__.py": "print('hi')\n", "pkg/data.txt": "d".repeat(5000), [SPLIT]: "deep = True\n",
  [LONG]: "long = True\n" };
const withoutLong = Object.fromEntries(Object.entries(files).filter(([path]) => path !== LONG));

const decoded = (entries) => Object.fromEntries(entries.map(({ name, bytes }) => [name, new TextDecoder().decode(bytes)]));

const zip = (name, { zip64 = false, stored = false } = {}) => {
  const out = join(work, name);
  execFileSync("python3", ["-c", `
import json, sys, zipfile
files = json.loads(sys.argv[2])
method = zipfile.ZIP_STORED if sys.argv[4] == "1" else zipfile.ZIP_DEFLATED
with zipfile.ZipFile(sys.argv[1], "w", method) as z:
    z.mkdir("pkg/empty/") if hasattr(z, "mkdir") else None
    for path, text in files.items():
        with z.open(zipfile.ZipInfo(path), "w", force_zip64=sys.argv[3] == "1") as f:
            f.write(text.encode())
`, out, JSON.stringify(files), zip64 ? "1" : "0", stored ? "1" : "0"]);
  return readFileSync(out);
};

const tar = (name, format, gzip = false, tree = files) => {
  const source = join(work, "tree-" + name);
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(join(source, path, ".."), { recursive: true });
    writeFileSync(join(source, path), text);
  }
  const out = join(work, name);
  execFileSync("tar", [gzip ? "-czf" : "-cf", out, `--format=${format}`, "-C", source, ...new Set(Object.keys(tree).map((path) => path.split("/")[0]))]);
  return readFileSync(out);
};

test("a deflated zip: every file with its text, folders left out", async () => {
  assert.deepEqual(decoded(await readArchive(zip("plain.zip"), "zip")), files);
});

test("a stored zip, read as a wheel", async () => {
  assert.deepEqual(decoded(await readArchive(zip("stored.whl", { stored: true }), "whl")), files);
});

test("a ZIP64 zip: sizes and offsets from the ZIP64 extra field", async () => {
  const bytes = zip("zip64.zip", { zip64: true });
  assert.ok(bytes.includes(Buffer.from([0x01, 0x00, 0x10, 0x00])), "the archive has ZIP64 extra fields");
  assert.deepEqual(decoded(await readArchive(bytes, "zip")), files);
});

for (const format of ["gnu", "pax"]) {
  test(`a ${format} tar with a name over 100 characters`, async () => {
    assert.deepEqual(decoded(await readArchive(tar(format + ".tar", format), "tar")), files);
  });
}

test("a ustar tar with a long name split into its prefix", async () => {
  assert.deepEqual(decoded(await readArchive(tar("ustar.tar", "ustar", false, withoutLong), "tar")), withoutLong);
});

test("a gzipped tar, as tgz and tar.gz", async () => {
  const bytes = tar("pax.tgz", "pax", true);
  assert.deepEqual(decoded(await readArchive(bytes, "tgz")), files);
  assert.deepEqual(decoded(await readArchive(bytes, "tar.gz")), files);
});

test("bytes that are not a zip are refused with a reason", async () => {
  await assert.rejects(readArchive(new TextEncoder().encode("not an archive at all, no"), "zip"),
    /not a zip archive \(no end of central directory\)/);
});

test("a zip cut short is refused, not read as garbage", async () => {
  const bytes = zip("cut.zip");
  const cut = Buffer.concat([bytes.subarray(0, 40), bytes.subarray(bytes.length - 22)]);
  await assert.rejects(readArchive(cut, "zip"), /broken zip archive/);
});

test("an unknown format is refused", async () => {
  await assert.rejects(readArchive(new Uint8Array(4), "rar"), /cannot unpack a rar archive/);
});
