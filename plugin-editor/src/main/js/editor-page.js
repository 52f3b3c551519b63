// The page's side of the editor plugin in the runtime: hands each editor script to the lazy editor
// module, which a page without editors never fetches.

let installed = false;

/** True the first time only: the page-wide install, whose element handler the kernel reads. */
export const firstInstallOnPage = () => {
  const first = !installed;
  installed = true;
  return first;
};

const typeOf = (script) => (script.getAttribute("type").startsWith("mpy") ? "mpy" : "py");

/**
 * An editor script was found: the lazy module (a promise of it) builds its editor. startEnv(type,
 * env, config, failed) starts an env's worker; report(type, message, element) shows a failure.
 */
export const found = (module, script, startEnv, report) => {
  const type = typeOf(script);
  Promise.resolve(module)
    .then((editor) => editor.init(script, type, { startEnv, report: (message) => report(type, String(message), script) }))
    .catch((error) => report(type, `The ${type}-editor could not be set up: ${error?.message ?? error}`, script));
};

export const attribute = (name, value) => ({ [name]: value });

export const documentBase = () => document.baseURI;
