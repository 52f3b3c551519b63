package io.pyloom.server.api;

import java.util.List;
import java.util.Map;

/**
 * A composed core.js and its core.css.
 *
 * @param key           a content hash of everything that went in; equal keys mean equal bytes
 * @param plugins       the plugins compiled in, sorted
 * @param js            core.js: the small ES module a page loads, which asks for the interpreter
 *                      and loads the runtime
 * @param jsGzip        the same, gzip-compressed
 * @param runtime       the kernel and plugins' compiled code and Python files, loaded by core.js
 * @param runtimeGzip   the same, gzip-compressed
 * @param css           the kernel's and the plugins' stylesheets
 * @param lazy          the bundles' {@code lazy/} files by path, served beside the runtime and
 *                      fetched only when a page asks (a Python module on its first import)
 * @param compileMillis how long TeaVM took when this set was first compiled
 */
public record Composed(String key, List<String> plugins, byte[] js, byte[] jsGzip, byte[] runtime,
        byte[] runtimeGzip, byte[] css, Map<String, byte[]> lazy, long compileMillis) {

    /** The folder of the set's lazy files, relative to core.js's folder, with its slash. */
    public String lazyFolder() {
        return lazyFolder(key);
    }

    public static String lazyFolder(String key) {
        return "core-" + key + "-lazy/";
    }

    /** The immutable URL path of the module, relative to core.js's folder. */
    public String jsName() {
        return "core-" + key + ".js";
    }

    /** The immutable URL path of the runtime module, relative to core.js's folder. */
    public String runtimeName() {
        return runtimeName(key);
    }

    public static String runtimeName(String key) {
        return "core-" + key + "-runtime.js";
    }

    /** The immutable URL path of the stylesheet, relative to core.js's folder. */
    public String cssName() {
        return "core-" + key + ".css";
    }

    /** Subresource Integrity of the module: {@code sha384-<base64>}. */
    public String jsIntegrity() {
        return Integrity.sha384(js);
    }

    /** Subresource Integrity of the stylesheet. */
    public String cssIntegrity() {
        return Integrity.sha384(css);
    }
}
