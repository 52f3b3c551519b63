import { test } from "node:test";
import assert from "node:assert/strict";
import { emfsPath, plan } from "../../main/js/packages.js";
import { resolveWheels } from "../../main/js/wheelhouse.js";

test("emfs:// and emfs: both name a file in the interpreter's file system", () => {
  assert.equal(emfsPath("emfs://tmp/a.whl"), "/tmp/a.whl");
  assert.equal(emfsPath("emfs:/tmp/a.whl"), "/tmp/a.whl");
  assert.equal(emfsPath("emfs:a.whl"), "a.whl");
});

test("each requirement goes the way it can be installed", () => {
  const inLock = (name) => name === "numpy";
  assert.deepEqual(plan(["numpy", " emfs://w/x.whl", "./w/y-1.0-py3-none-any.whl", "pkg>=1.2", "other"], inLock,
    "https://example.org/app/pyscript.json"), {
    direct: ["numpy", "https://example.org/app/w/y-1.0-py3-none-any.whl"],
    onFileSystem: ["/w/x.whl"],
    viaMicropip: ["pkg>=1.2", "other"],
  });
});

test("the wheelhouse covers a name and what it requires; the rest is left to the others", () => {
  const index = { packages: {
    "my-lib": { file: "my_lib-1.0-py3-none-any.whl", requires: ["Helper", "absent"] },
    helper: { file: "helper-2.0-py3-none-any.whl", requires: ["my_lib"] },
  } };
  assert.deepEqual(resolveWheels(index, ["My_Lib", "numpy", "my-lib>=1"], "https://example.org/pyloom/wheels/index.json"), {
    wheels: ["https://example.org/pyloom/wheels/my_lib-1.0-py3-none-any.whl",
      "https://example.org/pyloom/wheels/helper-2.0-py3-none-any.whl"],
    others: ["absent", "numpy", "my-lib>=1"],
  });
});
