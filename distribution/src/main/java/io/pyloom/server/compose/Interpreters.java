package io.pyloom.server.compose;

import java.util.Map;
import java.util.TreeMap;

/** The interpreter versions this server hosts, and which module each script type loads by default. */
public final class Interpreters {

    /** Script type to interpreter: the folder under interpreters/ and the module file in it. */
    private static final Map<String, String[]> ENGINES = Map.of(
            "py", new String[] { "pyodide", "pyodide.mjs" },
            "mpy", new String[] { "micropython", "micropython.mjs" });

    private final Map<String, String> modules = new TreeMap<>();

    /** @param versions interpreter folder name ({@code pyodide}) to the version hosted */
    public Interpreters(Map<String, String> versions) {
        ENGINES.forEach((type, engine) -> {
            String version = versions.get(engine[0]);
            if (version != null) {
                modules.put(type, "interpreters/" + engine[0] + "/" + version + "/" + engine[1]);
            }
        });
    }

    /** Script type to module path, relative to core.js. */
    public Map<String, String> modules() {
        return modules;
    }
}
