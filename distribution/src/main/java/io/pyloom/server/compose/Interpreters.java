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
    private final Map<String, Map<String, String>> hosted = new TreeMap<>();

    /** @param versions interpreter folder name ({@code pyodide}) to the versions hosted, the default last */
    public Interpreters(Map<String, java.util.List<String>> versions) {
        this(versions, "");
    }

    /**
     * @param template where the interpreters are, if not on this server: a URL with {@code {name}},
     *                 {@code {version}} and {@code {file}}; empty for this server's copies
     */
    public Interpreters(Map<String, java.util.List<String>> versions, String template) {
        ENGINES.forEach((type, engine) -> {
            java.util.List<String> list = versions.getOrDefault(engine[0], java.util.List.of());
            Map<String, String> byVersion = new TreeMap<>();
            for (String version : list) {
                byVersion.put(version, template.isEmpty()
                        ? "interpreters/" + engine[0] + "/" + version + "/" + engine[1]
                        : template.replace("{name}", engine[0]).replace("{version}", version).replace("{file}", engine[1]));
            }
            if (!list.isEmpty()) {
                modules.put(type, byVersion.get(list.get(list.size() - 1)));
                hosted.put(type, byVersion);
            }
        });
    }

    /** Script type to the default module path, relative to core.js (or a URL elsewhere). */
    public Map<String, String> modules() {
        return modules;
    }

    /** Script type to each hosted version's module path (for the config's {@code interpreter}). */
    public Map<String, Map<String, String>> hosted() {
        return hosted;
    }
}
