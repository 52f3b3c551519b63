// How a worker's core.js imports the runtime. The runtime opens with V8's compile hint, which on a
// page moves the compile of all of it off the main thread while it streams in. A worker compiles
// its modules on its only thread, where the hint would compile all of it, most of it page-side
// code the worker never calls, before anything runs. So a worker fetches the runtime (from the
// HTTP cache, as the page had it), checks it against the integrity core.js was composed with, and
// imports it without that line.

/** The hint's line, as the server writes it at the top of the runtime. */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Subresource Integrity of bytes: sha384-BASE64. */
export const sha384Integrity = async (bytes) => {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", bytes));
  return "sha384-" + btoa(String.fromCharCode(...digest));
};

export const withoutCompileHint = (text) => (text.startsWith(COMPILE_HINT) ? text.slice(COMPILE_HINT.length) : text);

/**
 * The runtime module at url, for a worker. Where it cannot be fetched, or a blob: module is
 * refused (a content security policy without blob:), the plain import, which says what is wrong;
 * bytes that do not match the integrity are refused.
 */
export const importWithoutHint = async (url, integrity, importModule = (href) => import(href)) => {
  let bytes;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      return importModule(url);
    }
    bytes = await response.arrayBuffer();
  } catch {
    return importModule(url);
  }
  if (integrity && (await sha384Integrity(bytes)) !== integrity) {
    throw new Error(`the kernel module ${url} is not the one this core.js was composed with (integrity ${integrity})`);
  }
  const source = withoutCompileHint(new TextDecoder().decode(bytes));
  const blob = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  try {
    return await importModule(blob);
  } catch {
    return importModule(url);
  } finally {
    URL.revokeObjectURL(blob);
  }
};
