// PyScript's code editor, fetched by pages that have one: each py-editor / mpy-editor script
// becomes a CodeMirror editor with a run button (and Shift+Enter, Ctrl+Enter, Cmd+Enter); its code
// runs in its env's worker, its output goes under it; setup editors run their code in the env
// before any other; a running editor's button stops its env's worker.
import { basicSetup, EditorView } from "codemirror";
import { Compartment } from "@codemirror/state";
import { python } from "@codemirror/lang-python";
import { indentUnit } from "@codemirror/language";
import { keymap } from "@codemirror/view";
import { defaultKeymap, indentWithTab } from "@codemirror/commands";
import { Envs } from "../editor/envs.js";
import { dedent, indentationOf } from "../editor/text.js";
import { buildBox, buttons, newId, placeFor } from "../editor/layout.js";
import { outputFor } from "../editor/output.js";

const INTERPRETERS = { py: "pyodide", mpy: "micropython" };
const STOP_QUESTION = "Stop evaluating this code?";

const envs = new Envs();
/** Each env's editors with a run button, to reset when their env's worker is stopped. */
const editorsOf = new Map();
/** Each env's worker once it is up, as script.xworker gives it. */
const handles = new Map();

const noWorkerPlugin = (type) => new Error(`The ${type}-editor runs its code in a web worker, which this core.js `
  + "cannot start: it was composed without the worker plugin. Name worker in core.js's ?plugins= too.");

/** Runs code in a worker, its output to out; rejects with the Python error. */
const runIn = (handle, out, code) => {
  handle.sync.pyloom_editor_write = out.stdout;
  handle.sync.pyloom_editor_write_err = out.stderr;
  return handle.sync.pyloom_editor_run(code);
};

/** Setup code: its output to the console, its failure to the banner; the env goes on without it. */
const runSetup = (handle, env, code) => runIn(handle, outputFor(null, env.kernel.report), code)
  .catch((error) => env.kernel.report(error?.message ?? String(error)));

/** The env's worker (a promise), started with its config and its setup code run, the first time. */
const workerOf = (env) => envs.worker(env.key, async () => {
  const setups = [...envs.setups(env.key)]; // those that come later run once it is up
  const handle = env.kernel.startEnv(env.type, env.key, env.config, (message) => env.kernel.report(message));
  if (handle == null) throw noWorkerPlugin(env.type);
  await handle.ready;
  handles.set(env.key, handle);
  for (const code of setups) await runSetup(handle, env, code);
  return handle;
});

/** Stops an env's worker: its editors' runs end where they are, the next run starts a new worker. */
const stop = async (env) => {
  const starting = envs.has(env.key) ? workerOf(env) : null;
  envs.stopped(env.key);
  handles.delete(env.key);
  for (const editor of editorsOf.get(env.key) ?? []) editor.reset();
  const handle = await starting?.catch(() => null);
  handle?.terminate();
};

const fetchSource = async (src, type) => {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`the ${type}-editor's src ${src} could not be fetched: HTTP ${response.status}`);
  return response.text();
};

/** A CodeMirror editor of code in root; run() is what the run keys do. */
const codeMirror = (root, code, run) => {
  const runKey = () => {
    run();
    return true;
  };
  return new EditorView({
    parent: root,
    doc: code,
    extensions: [
      indentUnit.of(indentationOf(code)),
      new Compartment().of(python()),
      keymap.of([
        { key: "Shift-Enter", run: runKey, preventDefault: true },
        { key: "Ctrl-Enter", run: runKey, preventDefault: true },
        { key: "Cmd-Enter", run: runKey, preventDefault: true },
        ...defaultKeymap,
        indentWithTab,
      ]),
      basicSetup,
    ],
  });
};

/** Sets up one editor script; kernel: { startEnv(type, env, config, failed), report(message) }. */
export const init = async (script, type, kernel) => {
  script.type = `${type}-editor-active`; // as PyScript marks it: taken
  if (script.dataset.run) buttons.run = script.dataset.run;
  if (script.dataset.stop) buttons.stop = script.dataset.stop;
  const setup = script.hasAttribute("setup");
  const config = script.getAttribute("config");
  const named = script.getAttribute("env");
  const env = { type, kernel, config, key: `${INTERPRETERS[type]}-${named || newId(type)}` };
  envs.join(env.key, config != null, script.hasAttribute("env-override"));
  const source = script.getAttribute("src") ? await fetchSource(script.src, type) : script.textContent;
  Object.defineProperty(script, "xworker", { get: () => handles.get(env.key), configurable: true });
  const ready = () => script.dispatchEvent(new Event(`${type}-editor`, { bubbles: true }));

  if (setup) {
    const started = envs.has(env.key);
    envs.addSetup(env.key, source);
    const handle = await workerOf(env).catch((error) => {
      kernel.report(error?.message ?? String(error));
      return null;
    });
    // A worker started before this setup came runs it now (a new one runs every setup first).
    if (handle && started) await runSetup(handle, env, source);
    defineCode(script, () => source, () => {});
    ready();
    return;
  }

  const place = placeFor(script, type);
  const { button, output, root } = buildBox(script, type, place, named ? env.key : INTERPRETERS[type]);
  const code = dedent(source);
  let view = null;
  let run = 0; // the current run's number: a stopped run's late end changes nothing
  let running = false;

  const reset = () => {
    running = false;
    run++;
    button.classList.remove("running");
    button.innerHTML = buttons.run;
  };
  const editors = editorsOf.get(env.key) ?? new Set();
  editorsOf.set(env.key, editors.add({ reset }));

  const execute = async (text) => {
    const mine = ++run;
    running = true;
    button.classList.add("running");
    button.innerHTML = buttons.stop;
    output.replaceChildren();
    const out = outputFor(output, kernel.report);
    try {
      const handle = await workerOf(env);
      const before = script.getAttribute("onbeforerun");
      if (before) await runIn(handle, out, before);
      await runIn(handle, out, text);
    } catch (error) {
      if (mine === run) out.failed(error?.message ?? String(error));
    }
    if (mine !== run) return;
    reset();
    script.dispatchEvent(new Event("py-editor:done", { bubbles: true, cancelable: true })); // PyScript's name, either type
  };

  let handler = () => execute(view.state.doc.toString());
  button.addEventListener("click", async (event) => {
    if (running) {
      if (confirm(STOP_QUESTION)) await stop(env);
      return;
    }
    button.blur();
    await handler(event);
  });

  view = codeMirror(root, code, () => button.click());
  defineCode(script, () => view.state.doc.toString(), (text) => view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: String(text) },
  }));
  Object.defineProperties(script, {
    target: { get: () => place, configurable: true },
    handleEvent: {
      configurable: true,
      get: () => handler,
      // A page's own handler sees the event with the code; returning false keeps the run from happening.
      set: (callback) => {
        handler = async (event) => {
          if (event) Object.defineProperty(event, "code", { value: view.state.doc.toString(), configurable: true });
          if ((await callback(event)) !== false) await execute(view.state.doc.toString());
        };
      },
    },
    process: {
      configurable: true,
      value: (text, asRunButtonAction = false) => {
        if (asRunButtonAction) return button.click();
        return workerOf(env).then((handle) => runIn(handle, outputFor(null, kernel.report), String(text)));
      },
    },
  });
  view.focus();
  ready();
};

const defineCode = (script, get, set) => Object.defineProperty(script, "code", { get, set, configurable: true });
