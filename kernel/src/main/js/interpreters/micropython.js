// MicroPython (the @micropython/micropython-webassembly-pyscript build).
import { EmscriptenInterpreter } from "./emscripten.js";
import { INSTALL_ERROR } from "../packages.js";

export const type = "mpy";
export const displayName = "MicroPython";

/** Starts it from its module; stdout and stderr go to the console line by line, as print() does. */
export const start = (module) => module.loadMicroPython({
  linebuffer: true,
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});

export class MicroPython extends EmscriptenInterpreter {
  async install(packages) {
    if (packages.length) {
      throw new Error(`${INSTALL_ERROR}packages is a Pyodide-only option: MicroPython cannot install `
        + `${packages.join(", ")}. Copy the modules you need with files instead.`);
    }
  }
}
