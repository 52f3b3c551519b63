// What the terminal plugin keeps of the page: the one main-thread terminal a page may have, and
// the script whose output goes to it.

let installed = false;
let mainScript = null;

/** True the first time only: the page-wide install, whose element handlers the kernel reads. */
export const firstInstallOnPage = () => {
  const first = !installed;
  installed = true;
  return first;
};

/** True for the page's first main-thread terminal script (whichever interpreter runs it), false for any other. */
export const claimMainTerminal = (script) => {
  if (mainScript && mainScript !== script) return false;
  mainScript = script;
  return true;
};

/** Whether this script's terminal is open (its code then sees __terminal__). */
export const ownsTerminal = (script) => !!script && script === mainScript && script.terminal !== undefined;

/**
 * Opens the script's terminal with the lazy xterm.js module (a promise of it): gives the sink
 * that takes the interpreter's output, and leaves the terminal where __terminal__ is imported from.
 */
export const openMain = async (module, script) => {
  const { terminal, sink } = (await module).openMain(script);
  globalThis.__pyloom_terminal__ = terminal;
  return sink;
};

/** A script tag's type: py or mpy. */
export const typeOf = (element) => (element.localName === "script" ? element.getAttribute("type")
  : element.localName.split("-")[0]);
