package io.pyloom.server.compose;

import java.util.Map;
import java.util.TreeMap;

/** The interpreter versions this server hosts, and which module each script type loads by default. */
public final class Interpreters {

    /** Script type to interpreter: the folder under interpreters/ and the module file in it. */
    private static final Map<String, String[]> ENGINES = Map.of(
            "py", new String[] { "pyodide", "pyodide.mjs" },
            "mpy", new String[] { "micropython", "micropython.mjs" });

    /**
     * Interpreter folder to the files its module fetches when the interpreter starts (the npm
     * packages' layout): core.js asks for them early, beside the kernel.
     */
    private static final Map<String, java.util.List<String>> COMPANIONS = Map.of(
            "pyodide", java.util.List.of("pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"),
            "micropython", java.util.List.of("micropython.wasm"));

    /** Pyodide's memory snapshot the build made, stored gzipped (see BundleFilesServlet). */
    private static final String SNAPSHOT = "pyloom-snapshot.bin";

    private final Map<String, String> modules = new TreeMap<>();
    private final java.util.List<Map<String, Object>> snapshots = new java.util.ArrayList<>();
    private final Map<String, java.util.List<String>> companions = new TreeMap<>();
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
        this(versions, template, Map.of());
    }

    /**
     * @param snapshotsByVersion Pyodide version to what its snapshot was made from (see
     *                           SnapshotDescriptions); a version without one starts afresh
     */
    public Interpreters(Map<String, java.util.List<String>> versions, String template,
            Map<String, Map<String, Object>> snapshotsByVersion) {
        ENGINES.forEach((type, engine) -> {
            java.util.List<String> list = versions.getOrDefault(engine[0], java.util.List.of());
            Map<String, String> byVersion = new TreeMap<>(FolderVersions.ORDER);
            for (String version : list) {
                String module = locate(template, engine[0], version, engine[1]);
                byVersion.put(version, module);
                companions.put(module, COMPANIONS.get(engine[0]).stream()
                        .map(file -> locate(template, engine[0], version, file)).toList());
                Map<String, Object> description = engine[0].equals("pyodide") ? snapshotsByVersion.get(version) : null;
                if (description != null) {
                    // Always served from here, also when the interpreter comes from elsewhere: core.js
                    // uses it with any copy of the very build it was made from.
                    Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
                    snapshot.put("module", module);
                    snapshot.put("file", locate("", engine[0], version, SNAPSHOT));
                    snapshot.putAll(description);
                    snapshots.add(snapshot);
                }
            }
            if (!list.isEmpty()) {
                modules.put(type, byVersion.get(list.get(list.size() - 1)));
                hosted.put(type, byVersion);
            }
        });
    }

    /** interpreters/NAME/VERSION/ folders in a bundle: NAME to its VERSIONs, oldest first (so the default last). */
    public static Map<String, java.util.List<String>> versionsIn(org.osgi.framework.Bundle bundle) {
        Map<String, java.util.List<String>> versions = new TreeMap<>();
        for (String engine : entries(bundle, "interpreters/")) {
            String name = engine.substring("interpreters/".length(), engine.length() - 1);
            for (String version : entries(bundle, engine)) {
                versions.computeIfAbsent(name, n -> new java.util.ArrayList<>())
                        .add(version.substring(engine.length(), version.length() - 1));
            }
        }
        versions.values().forEach(list -> list.sort(FolderVersions.ORDER));
        return versions;
    }

    /** The entries directly in a folder of a bundle (folders end with /). */
    static java.util.List<String> entries(org.osgi.framework.Bundle bundle, String folder) {
        java.util.Enumeration<String> paths = bundle.getEntryPaths(folder);
        return paths == null ? java.util.List.of() : java.util.Collections.list(paths);
    }

    private static String locate(String template, String name, String version, String file) {
        return template.isEmpty() ? "interpreters/" + name + "/" + version + "/" + file
                : template.replace("{name}", name).replace("{version}", version).replace("{file}", file);
    }

    /** Each hosted module to the files it fetches when it starts, located as the module is. */
    public Map<String, java.util.List<String>> companions() {
        return companions;
    }

    /**
     * Each Pyodide snapshot this server has: the module it was made from, its file (relative to
     * core.js), and what it was made from (build, stdlib, trampoline).
     */
    public java.util.List<Map<String, Object>> snapshots() {
        return snapshots;
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
