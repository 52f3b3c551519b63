// The error plugin's page side, as the global pyloom$error: the banner, and Python failures that
// surface outside any script run.

/** Whether a JS error (or rejection reason) is a Python exception. */
export const isPython = (error) => !!error && (error.name === "PythonError"
  || /PythonError|Traceback \(most recent call last\)/.test(String(error.message ?? error)));

const text = (error) => String(error?.message ? error.message : error);

/** Shows a message at the end of the body; textContent, never innerHTML: messages quote user input. */
export const show = (message) => {
  const banner = document.createElement("div");
  banner.className = "py-error";
  banner.setAttribute("role", "alert");
  banner.textContent = message;
  document.body.append(banner);
};

const LISTENING = Symbol.for("pyloom.error.listening");

/**
 * Python raising in an event handler or another callback surfaces as an uncaught JS error (or an
 * unhandled rejection for async code), outside any script run: banner(message) shows those too, and
 * every line written to sys.stderr.
 * Once per page, even with two runtimes on it.
 */
export const listen = (banner) => {
  if (window[LISTENING]) {
    return;
  }
  window[LISTENING] = true;
  // As PyScript's banner does: each line Python writes to sys.stderr is shown too.
  if (typeof pyloom$kernel !== "undefined") pyloom$kernel.listenStderr(banner);
  window.addEventListener("error", (event) => {
    const error = event.error || event.message;
    if (isPython(error)) {
      banner(text(error));
    }
  });
  window.addEventListener("unhandledrejection", (event) => {
    if (isPython(event.reason)) {
      banner(text(event.reason));
    }
  });
};
