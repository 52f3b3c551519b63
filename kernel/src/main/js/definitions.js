// core.js's whenDefined(type), as PyScript's: a promise for the first element of a script type to
// be up. A main-thread script settles it with its wrap (interpreter, run, ...) once its interpreter
// is ready; a worker tag with { type, xworker } once its worker has started. Later ones change nothing.

export const createDefinitions = () => {
  const waiting = new Map();
  const entry = (type) => {
    if (!waiting.has(type)) {
      let resolve;
      const promise = new Promise((yes) => {
        resolve = yes;
      });
      waiting.set(type, { promise, resolve });
    }
    return waiting.get(type);
  };
  return {
    whenDefined: (type) => entry(String(type)).promise,
    define: (type, value) => entry(type).resolve(value),
  };
};
