// A worker script's terminal, from inside the worker: its interpreter's output goes to the page's
// terminal through the page function the terminal plugin offers there (pyscript.sync).
import { asTerminalText } from "./terminal-lines.js";

/** The output sink the kernel takes ({ stdout, stderr }), writing each line to the page's terminal. */
export const pageSink = (pageSync) => {
  const write = (line) => pageSync.pyterminal_write(asTerminalText(line));
  return { stdout: write, stderr: write };
};

/** A failure the worker reports, in its terminal as well as in the page's banner. */
export const writeFailure = (pageSync, message) => pageSync.pyterminal_write(asTerminalText(message));
