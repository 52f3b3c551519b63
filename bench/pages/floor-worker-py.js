// The worker of floor-worker-py.html: Pyodide alone.
const { loadPyodide } = await import("/pyloom/interpreters/pyodide/314.0.7/pyodide.mjs");
const py = await loadPyodide();
py.runPython("x = 1");
postMessage("ran");
