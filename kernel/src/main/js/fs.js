// Writing into an interpreter's Emscripten file system (Pyodide and MicroPython both have one).
// Relative paths are relative to its working folder; folders are made as needed.

/** FS -> the folders made in it: each is made once, as a failed mkdir throws, and throws cost. */
const madeFolders = new WeakMap();

/** The absolute, normalised form of a path in FS. */
export const absolute = (FS, path) => {
  const parts = (path.startsWith("/") ? path : FS.cwd() + "/" + path).split("/");
  const out = [];
  for (const part of parts) {
    if (part === "..") {
      out.pop();
    } else if (part && part !== ".") {
      out.push(part);
    }
  }
  return "/" + out.join("/");
};

/**
 * Runs f with stack traces off. Emscripten's file system throws an error for every path it looks
 * up and does not find (each new file, each folder made), and the stack trace each one captures
 * is most of what writing the site's files costs at start-up.
 */
export const quietly = (f) => {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return f();
  } finally {
    Error.stackTraceLimit = limit;
  }
};

const makeParents = (FS, path) => {
  let made = madeFolders.get(FS);
  if (!made) {
    madeFolders.set(FS, (made = new Set()));
  }
  let dir = "";
  for (const part of path.split("/").slice(1, -1)) {
    dir += "/" + part;
    if (!made.has(dir)) {
      try {
        FS.mkdir(dir);
      } catch {
        // there already
      }
      made.add(dir);
    }
  }
};

/** Writes bytes at an absolute path, with its folders. */
export const write = (FS, path, bytes) => quietly(() => {
  makeParents(FS, path);
  FS.writeFile(path, bytes);
});

const utf8 = new TextEncoder();

/** Writes text files (path relative to folder -> text), encoded here: Emscripten does it per character. */
export const writeTexts = (FS, folder, files) => {
  for (const [path, text] of Object.entries(files)) {
    write(FS, absolute(FS, folder + "/" + path), utf8.encode(text));
  }
};

/** Writes one text file (relative to the working folder). */
export const writeText = (FS, path, text) => write(FS, absolute(FS, path), utf8.encode(text));

/** Writes fetched bytes (an ArrayBuffer) at a path relative to the working folder. */
export const writeBytes = (FS, path, buffer) => write(FS, absolute(FS, path), new Uint8Array(buffer));
