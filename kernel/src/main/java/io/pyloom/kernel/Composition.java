package io.pyloom.kernel;

import org.teavm.jso.JSBody;

/**
 * What the server composed into this core.js beside the compiled code: where it is served from,
 * which interpreter module each type loads, and the Python files of the kernel and its plugins.
 *
 * <p>The server writes these as a module-level constant, {@code pyloom$composed}, ahead of the
 * compiled code.
 */
final class Composition {

    private Composition() {
    }

    /** The absolute URL of the interpreter module for {@code "py"} or {@code "mpy"}. */
    @JSBody(params = "type", script = "return new URL(pyloom$composed.interpreters[type], pyloom$composed.base).href;")
    static native String interpreterUrl(String type);

    /** Paths (relative to the package root) of the Python files to write into every interpreter. */
    @JSBody(script = "return Object.keys(pyloom$composed.python);")
    static native String[] pythonPaths();

    @JSBody(params = "path", script = "return pyloom$composed.python[path];")
    static native String pythonFile(String path);
}
