package io.pyloom.kernel;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * What the server composed into this core.js beside the compiled code: where it is served from,
 * the interpreter modules it hosts, the browser TOML parser, and the Python files of the kernel
 * and of each plugin.
 *
 * <p>The server writes these as a module-level constant, {@code pyloom$composed}, ahead of the
 * compiled code.
 */
final class Composition {

    private Composition() {
    }

    @JSBody(script = "return pyloom$composed.url;")
    static native String coreUrl();

    /** The absolute URL of the default interpreter module for {@code "py"} or {@code "mpy"}. */
    @JSBody(params = "type", script = "return new URL(pyloom$composed.interpreters[type], pyloom$composed.base).href;")
    static native String interpreterUrl(String type);

    /** The absolute URL of a hosted version's module, or null when this server does not host it. */
    @JSBody(params = { "type", "version" }, script = "var v = pyloom$composed.versions[type];"
            + "return v && Object.prototype.hasOwnProperty.call(v, version)"
            + " ? new URL(v[version], pyloom$composed.base).href : null;")
    static native String hostedInterpreterUrl(String type, String version);

    @JSBody(params = "type", script = "return Object.keys(pyloom$composed.versions[type] || {}).join(', ');")
    static native String hostedVersions(String type);

    /** The browser TOML parser's module URL, or null when the server hosts none. */
    @JSBody(script = "return pyloom$composed.toml ? new URL(pyloom$composed.toml, pyloom$composed.base).href : null;")
    static native String tomlModuleUrl();

    /**
     * Imports an interpreter module and starts the interpreter, as core.js's boot does (it holds
     * each interpreter's start options); an interpreter it started early for this URL is taken.
     */
    @JSBody(params = { "type", "url" }, script = "return pyloom$composed.startInterpreter(type, url);")
    static native JSPromise<JSObject> startInterpreter(String type, String url);

    /** Config files core.js's boot fetched early (URL to its fetch), for the kernel to take once. */
    @JSBody(script = "return pyloom$composed.configs || {};")
    static native JSObject earlyConfigs();

    /** The absolute URL of the folder of this set's lazy files ({@code core-KEY-lazy/}), with its slash. */
    @JSBody(script = "return new URL(pyloom$composed.runtime.replace(/-runtime\\.js$/, '-lazy/'), pyloom$composed.base).href;")
    static native String lazyFolderUrl();

    /** The bundles that contributed Python: {@code kernel} and plugin names. */
    @JSBody(script = "return Object.keys(pyloom$composed.python);")
    static native String[] pythonSources();

    /**
     * One bundle's Python files, path (relative to the package root) to text. Kept a JS object:
     * turning 40 KB of text into Java strings and back cost the start-up milliseconds.
     */
    @JSBody(params = "source", script = "return pyloom$composed.python[source];")
    static native JSObject pythonFiles(String source);
}
