// The worker of floor-worker-mpy.html: MicroPython alone.
const { loadMicroPython } = await import("/pyloom/interpreters/micropython/1.27.0/micropython.mjs");
const mp = await loadMicroPython();
mp.runPython("x = 1");
postMessage("ran");
