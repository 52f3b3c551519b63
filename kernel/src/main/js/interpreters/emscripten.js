// What Pyodide and MicroPython share, both being Emscripten builds: the file system and the
// names of their run and module calls. Each interpreter's own file says what differs.
import { absolute, write, writeBytes, writeText, writeTexts } from "../fs.js";
import { readArchive } from "../archive.js";
import { takeOutput } from "../output.js";

/** { ok, value } or { ok: false, error }: how a call that may throw answers the kernel. */
export const outcome = (f) => {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  }
};

export class EmscriptenInterpreter {
  /** type: the script type it runs (py, mpy). */
  constructor(engine, type) {
    this.engine = engine;
    this.type = type;
  }

  /** sink ({ stdout(line), stderr(line) }) takes this interpreter's output from now on (a terminal). */
  takeOutput(sink) {
    takeOutput(this.type, sink);
  }

  writeText(path, text) {
    writeText(this.engine.FS, path, text);
  }

  writeBytes(path, buffer) {
    writeBytes(this.engine.FS, path, buffer);
  }

  writeTexts(folder, files) {
    writeTexts(this.engine.FS, folder, files);
  }

  /** Unpacks an archive with the browser's reader; an entry may not leave dir. */
  async unpack(buffer, format, dir) {
    const FS = this.engine.FS;
    const root = absolute(FS, dir);
    for (const { name, bytes } of await readArchive(buffer, format)) {
      const path = absolute(FS, root + "/" + name);
      if (!path.startsWith(root === "/" ? "/" : root + "/")) {
        throw new Error(`the entry ${name} would be written outside ${root}`);
      }
      write(FS, path, bytes);
    }
  }

  /** Runs code at once ({ ok, value } or { ok: false, error }): no top-level await. */
  runSync(code) {
    return outcome(() => this.engine.runPython(code));
  }

  /**
   * Runs code that may await; the promise settles either way (MicroPython answers a plain value
   * when the code does not await, and may throw at once).
   */
  runAsync(code) {
    return Promise.resolve().then(() => this.engine.runPythonAsync(code));
  }

  /** The config keys that change how this interpreter behaves: none here. */
  async configure() {}

  registerModule(name, module) {
    this.engine.registerJsModule(name, module);
  }

  /** Puts a folder first on sys.path through the proxies: no Python to compile before the first script. */
  putFirstOnPath(folder) {
    return outcome(() => {
      const sys = this.engine.pyimport("sys");
      const path = sys.path;
      path.insert(0, folder);
      this.release(path, sys);
    });
  }

  /** Lets go of proxies the kernel took: nothing to do where the interpreter collects them itself. */
  release() {}
}
