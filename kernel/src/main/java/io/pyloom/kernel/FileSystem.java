package io.pyloom.kernel;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * Writing fetched files into an interpreter's file system. Relative paths are relative to the
 * interpreter's working folder; folders are created as needed. Archives unpack with Pyodide's own
 * unpackArchive, or (MicroPython) with the browser's DecompressionStream.
 */
final class FileSystem {

    private FileSystem() {
    }

    /** Fetches every URL (in parallel); rejects with a message naming the URL that failed. */
    @JSBody(params = { "urls", "base" }, script = "return Promise.all(urls.map(function (url) {"
            + " var href = new URL(url, base).href;"
            + " return fetch(href).then(function (r) {"
            + "   if (!r.ok) throw new Error('Failed to fetch ' + href + ' (files): HTTP ' + r.status);"
            + "   return r.arrayBuffer(); }, function (e) { throw new Error('Failed to fetch ' + href + ' (files): ' + e.message); });"
            + "}));")
    static native JSPromise<JSObject> fetchAll(String[] urls, String base);

    @JSBody(params = { "buffers", "i" }, script = "return buffers[i];")
    static native JSObject at(JSObject buffers, int i);

    /**
     * {@code makeParents(FS, path)}: the folders above an absolute path. Each folder is made once per
     * file system: a failed mkdir throws, and dozens of throws cost the start-up tens of ms.
     */
    private static final String MAKE_PARENTS = "function makeParents(FS, path) {"
            + " var all = globalThis[Symbol.for('pyloom.folders')] || (globalThis[Symbol.for('pyloom.folders')] = new WeakMap());"
            + " var made = all.get(FS); if (!made) { made = new Set(); all.set(FS, made); }"
            + " var dir = ''; path.split('/').slice(1, -1).forEach(function (part) { dir += '/' + part;"
            + "  if (!made.has(dir)) { try { FS.mkdir(dir); } catch (e) { /* there already */ } made.add(dir); } }); }";

    /**
     * {@code quietly(f)}: runs f with stack traces off. Emscripten's file system throws an error
     * for every path it looks up and does not find (each new file, each folder made), and the
     * stack trace each one captures is most of what writing the site's files costs at start-up.
     */
    private static final String QUIET_THROWS = "function quietly(f) { var limit = Error.stackTraceLimit;"
            + " Error.stackTraceLimit = 0; try { return f(); } finally { Error.stackTraceLimit = limit; } }";

    private static final String ABSOLUTE = "function absolute(FS, path) {"
            + " var parts = (path.charAt(0) === '/' ? path : FS.cwd() + '/' + path).split('/'), out = [];"
            + " parts.forEach(function (p) { if (p === '..') out.pop(); else if (p && p !== '.') out.push(p); });"
            + " return '/' + out.join('/'); }"
            + MAKE_PARENTS
            + "function write(FS, path, bytes) { quietly(function () { makeParents(FS, path); FS.writeFile(path, bytes); }); }"
            + QUIET_THROWS;

    @JSBody(params = { "py", "path", "buffer" }, script = ABSOLUTE
            + "write(py.FS, absolute(py.FS, path), new Uint8Array(buffer));")
    static native void writeBytes(JSObject py, String path, JSObject buffer);

    /**
     * Text files, path (relative to {@code folder}) to text, with their folders. Encoded here, in
     * one native call each: Emscripten encodes a string one character at a time.
     */
    @JSBody(params = { "py", "folder", "files" }, script = ABSOLUTE + "var utf8 = new TextEncoder();"
            + " Object.keys(files).forEach(function (path) { write(py.FS, folder + '/' + path, utf8.encode(files[path])); });")
    static native void writeTexts(JSObject py, String folder, JSObject files);

    /** A text file (relative paths from the interpreter's working folder), with its folders. */
    @JSBody(params = { "py", "path", "text" }, script = ABSOLUTE
            + "write(py.FS, absolute(py.FS, path), new TextEncoder().encode(text));")
    static native void writeText(JSObject py, String path, String text);

    /** Unpacks with Pyodide's unpackArchive; {@code format} is zip, whl, tgz, tar.gz or tar. */
    @JSBody(params = { "py", "buffer", "format", "dir" }, script = ABSOLUTE
            + "py.unpackArchive(buffer, format === 'whl' ? 'wheel' : format, { extractDir: absolute(py.FS, dir) });")
    static native void unpackWithPyodide(JSObject py, JSObject buffer, String format, String dir);

    /** Unpacks zip (and whl) and tar(.gz) archives in the browser, for interpreters without unpackArchive. */
    @JSBody(params = { "py", "buffer", "format", "dir" }, script = ABSOLUTE
            + "var FS = py.FS, root = absolute(FS, dir);"
            + "function inflate(bytes, kind) { return new Response(new Blob([bytes]).stream()"
            + "  .pipeThrough(new DecompressionStream(kind))).arrayBuffer().then(function (b) { return new Uint8Array(b); }); }"
            + "function put(name, bytes) { if (name && name.slice(-1) !== '/') write(FS, absolute(FS, root + '/' + name), bytes); }"
            + "var bytes = new Uint8Array(buffer), view = new DataView(buffer), text = new TextDecoder();"
            + "if (format === 'zip' || format === 'whl') {"
            + "  var end = bytes.length - 22; while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;"
            + "  if (end < 0) return Promise.reject(new Error('not a zip archive'));"
            + "  var count = view.getUint16(end + 10, true), at = view.getUint32(end + 16, true), jobs = [];"
            + "  for (var i = 0; i < count; i++) {"
            + "    var method = view.getUint16(at + 10, true), size = view.getUint32(at + 20, true),"
            + "      nameLength = view.getUint16(at + 28, true), extra = view.getUint16(at + 30, true),"
            + "      comment = view.getUint16(at + 32, true), local = view.getUint32(at + 42, true),"
            + "      name = text.decode(bytes.subarray(at + 46, at + 46 + nameLength));"
            + "    var start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true),"
            + "      data = bytes.subarray(start, start + size);"
            + "    jobs.push((method === 8 ? inflate(data, 'deflate-raw') : Promise.resolve(data)).then(put.bind(null, name)));"
            + "    at += 46 + nameLength + extra + comment; }"
            + "  return Promise.all(jobs); }"
            + "var tar = format === 'tar' ? Promise.resolve(bytes) : inflate(bytes, 'gzip');"
            + "return tar.then(function (t) { for (var o = 0; o + 512 <= t.length; ) {"
            + "  var header = t.subarray(o, o + 512); if (header[0] === 0) break;"
            + "  var name = text.decode(header.subarray(0, 100)).replace(/\\0.*$/, ''),"
            + "    prefix = text.decode(header.subarray(345, 500)).replace(/\\0.*$/, ''),"
            + "    size = parseInt(text.decode(header.subarray(124, 136)).replace(/\\0.*$/, '').trim() || '0', 8),"
            + "    kind = String.fromCharCode(header[156]);"
            + "  if (kind === '0' || kind === '\\0') put(prefix ? prefix + '/' + name : name, t.slice(o + 512, o + 512 + size));"
            + "  o += 512 + Math.ceil(size / 512) * 512; } });")
    static native JSPromise<JSObject> unpackInBrowser(JSObject py, JSObject buffer, String format, String dir);

    @JSBody(params = "py", script = "return typeof py.unpackArchive === 'function';")
    static native boolean canUnpack(JSObject py);
}
