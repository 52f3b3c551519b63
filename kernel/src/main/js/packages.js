// The config's `packages` on Pyodide: names in the server's wheelhouse from there (with their
// requirements), names in the interpreter's lock file through its loader, wheel URLs and emfs://
// paths directly, anything else (other names, constraints such as pkg>=1.2) through micropip.
import { fetchIndex, resolveWheels } from "./wheelhouse.js";

export const INSTALL_ERROR = "(PY1001): ";

/** emfs://path and emfs:path both name a file in the interpreter's file system. */
export const emfsPath = (requirement) => requirement.slice("emfs:".length).replace(/^\/+/, "/");

/** How each requirement is installed: { direct, onFileSystem, viaMicropip }. */
export const plan = (requirements, inLockFile, configUrl) => {
  const direct = [];
  const onFileSystem = [];
  const viaMicropip = [];
  for (const requirement of requirements) {
    const trimmed = requirement.trim();
    if (trimmed.startsWith("emfs:")) {
      onFileSystem.push(emfsPath(trimmed));
    } else if (trimmed.endsWith(".whl") || trimmed.includes("/")) {
      direct.push(new URL(trimmed, configUrl).href);
    } else if (inLockFile(trimmed)) {
      direct.push(trimmed);
    } else {
      viaMicropip.push(trimmed);
    }
  }
  return { direct, onFileSystem, viaMicropip };
};

const lastLine = (error) => String(error?.message ?? error).trim().split("\n").pop();

/** Resolves when all loaded; rejects with the loader's own messages. */
const loadPackages = async (pyodide, names) => {
  const errors = [];
  await pyodide.loadPackage(names, { messageCallback: () => {}, errorCallback: (m) => errors.push(m) });
  if (errors.length) {
    throw new Error(errors.join("; "));
  }
};

/** Runs Python with one global set; rejects with the last line of the Python error. */
const runWith = async (pyodide, name, value, code) => {
  pyodide.globals.set(name, value);
  try {
    await pyodide.runPythonAsync(code);
  } catch (error) {
    throw new Error(lastLine(error));
  }
};

// Pyodide's loader cannot read its own file system: a pure wheel there is unpacked into site-packages.
const INSTALL_WHEEL = `import importlib, sysconfig, zipfile
zipfile.ZipFile(__pyloom_wheel).extractall(sysconfig.get_paths()['purelib'])
importlib.invalidate_caches()
del __pyloom_wheel
`;

const MICROPIP_INSTALL = `import micropip
await micropip.install(__pyloom_requirements)
del __pyloom_requirements
`;

const failing = async (work, message) => {
  try {
    await work();
  } catch (error) {
    throw new Error(INSTALL_ERROR + message(error.message));
  }
};

/** Installs the requirements; rejects with a message naming the packages that failed and why. */
export const install = async (pyodide, requirements, configUrl, wheelhouseUrl) => {
  if (requirements.length === 0) {
    return;
  }
  const index = await fetchIndex(wheelhouseUrl);
  const local = index ? resolveWheels(index, requirements, wheelhouseUrl) : { wheels: [], others: requirements };
  const packages = pyodide.lockfile?.packages || {};
  const inLockFile = (name) => Object.hasOwn(packages, name.toLowerCase().replace(/_/g, "-"));
  const { direct, onFileSystem, viaMicropip } = plan(local.others, inLockFile, configUrl);
  direct.unshift(...local.wheels);
  if (direct.length) {
    await failing(() => loadPackages(pyodide, direct), (why) => `Failed to install ${direct.join(", ")}: ${why}`);
  }
  for (const path of onFileSystem) {
    await failing(() => runWith(pyodide, "__pyloom_wheel", path, INSTALL_WHEEL),
      (why) => `Failed to install emfs://${path}: ${why}`);
  }
  if (viaMicropip.length) {
    const names = viaMicropip.join(", ");
    await failing(() => loadPackages(pyodide, ["micropip"]),
      (why) => `micropip is needed to install ${names} (not in this interpreter's lock file) but could not be loaded: ${why}`);
    await failing(() => runWith(pyodide, "__pyloom_requirements", pyodide.toPy(viaMicropip), MICROPIP_INSTALL),
      (why) => `micropip could not install ${names}: ${why}`);
  }
};
