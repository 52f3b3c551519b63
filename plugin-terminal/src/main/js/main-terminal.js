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

/**
 * A worker script's terminal, opened with the lazy xterm.js module (a promise of it): the worker
 * reaches it through the page functions PyScript's terminal offers on the worker's sync
 * (pyterminal_write, pyterminal_read, is_pyterminal), which wait for the terminal to be open.
 * failed(message) hears why it could not be.
 */
export const openWorker = (module, script, handle, failed) => {
  const opened = Promise.resolve(module).then((loaded) => loaded.openWorker(script));
  opened.catch((error) => failed(`The terminal could not be opened: ${error?.message ?? error}`));
  const { sync } = handle;
  sync.is_pyterminal = () => true;
  sync.pyterminal_write = async (text) => (await opened).write(text);
  sync.pyterminal_read = async (prompt) => (await opened).read(prompt);
  sync.pyterminal_object = async () => (await opened).terminal;
  return opened;
};
