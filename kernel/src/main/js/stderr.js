// Where the interpreters' standard error goes: the console, and whoever listens (the error
// plugin's banner). Shared through the global object, because the interpreter may have been started
// by core.js's boot, a module of its own, before the runtime that holds the listeners arrived.

const LISTENERS = Symbol.for("pyloom.stderr.listeners");

const listeners = () => (globalThis[LISTENERS] ??= new Set());

/** One line the interpreter wrote to sys.stderr. */
export const writeStderr = (line) => {
  console.error(line);
  for (const listener of listeners()) {
    try {
      listener(line);
    } catch (error) {
      console.error("Pyloom: a stderr listener failed:", error);
    }
  }
};

/** listener(line) hears every line written to stderr on this page or worker, from now on. */
export const listenStderr = (listener) => {
  listeners().add(listener);
};
