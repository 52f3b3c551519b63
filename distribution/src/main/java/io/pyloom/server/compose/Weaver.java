package io.pyloom.server.compose;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.api.ComposeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns TeaVM's module into two: core.js, a small boot module that asks for the interpreter at once,
 * and the kernel module it then loads and starts ({@code core-KEY-runtime.js}).
 */
final class Weaver {

    private static final Pattern MAIN_EXPORT = Pattern.compile("export\\s*\\{\\s*([\\w$]+) as main\\s*\\}\\s*;?\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * V8's compile hint (Chromium 136 and later), which must open the file: compile every function
     * while the module streams in, off the main thread. Nearly all of both modules runs at start-up,
     * and compiling each function on its first call cost the kernel several ms on the main thread.
     */
    private static final String COMPILE_EAGERLY = "//# allFunctionsCalledOnLoad\n";

    private Weaver() {
    }

    /**
     * The kernel module: the bundles' own JavaScript, the compiled code and the Python files,
     * started by core.js's boot with its data, so that {@code pyloom$composed} holds both.
     */
    static String runtime(String scripts, String compiled, Map<String, ?> python) throws ComposeException {
        Matcher main = MAIN_EXPORT.matcher(compiled);
        if (!main.find()) {
            throw new ComposeException("TeaVM's output has no 'main' export to start");
        }
        return COMPILE_EAGERLY + "let pyloom$composed;\nglobalThis.performance?.mark?.(\"pyloom:runtime\");\n" + scripts + compiled.substring(0, main.start()).stripTrailing() + "\n"
                + "export function start(boot) {\n  pyloom$composed = Object.assign({ python: " + json(python)
                + " }, boot);\n  " + main.group(1) + "([]);\n}\n";
    }

    /**
     * core.js itself: the composition's data ({@code pyloom$boot}: interpreters, the kernel module
     * and its integrity) and the kernel bundle's boot script, which reads it.
     */
    static String boot(Map<String, Object> data, String bootScript) throws ComposeException {
        return COMPILE_EAGERLY + "const pyloom$boot = " + json(data) + ";\n" + bootScript;
    }

    private static String json(Object data) throws ComposeException {
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (IOException e) {
            throw new ComposeException("Cannot write the composition's data", e);
        }
        // JSON is a JS expression, but "</script" and U+2028/9 deserve escaping for inline use.
        return json.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
