// MicroPython (the @micropython/micropython-webassembly-pyscript build).
import { EmscriptenInterpreter } from "./emscripten.js";
import { INSTALL_ERROR } from "../packages.js";
import { stderrOf, stdoutOf } from "../output.js";

export const type = "mpy";
export const displayName = "MicroPython";

/** Starts it from its module; stdout and stderr go to the console line by line, as print() does. */
export const start = (module) => module.loadMicroPython({
  linebuffer: true,
  stdout: stdoutOf(type),
  stderr: stderrOf(type),
});

const className = (proto) => proto?.constructor?.name || "";

/** MicroPython's proxies of Python objects, as values that leave the interpreter (to a worker's page). */
export const proxies = {
  /** Asked of their class: the proxies answer every property lookup from Python. */
  owns: (value, proto) => className(proto).startsWith("PyProxy") && !("toJs" in proto),
  /** Converted by MicroPython's to_js, which the pyscript package registers as converter.fn. */
  toData: (value, converter) => (converter.fn ? converter.fn(value) : null),
  /** Its proxies live as long as the page holds them. */
  keep: (fn) => fn,
  release: () => {},
};

export class MicroPython extends EmscriptenInterpreter {

  async install(packages) {
    if (packages.length) {
      throw new Error(`${INSTALL_ERROR}packages is a Pyodide-only option: MicroPython cannot install `
        + `${packages.join(", ")}. Copy the modules you need with files instead.`);
    }
  }
}
