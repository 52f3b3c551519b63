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

    /** Interpreter folder to the memory snapshot the build made of it, stored gzipped (see BundleFilesServlet). */
    private static final Map<String, String> SNAPSHOTS = Map.of("pyodide", "pyloom-snapshot.bin");

    private final Map<String, String> modules = new TreeMap<>();
    private final Map<String, String> snapshots = new TreeMap<>();
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
        ENGINES.forEach((type, engine) -> {
            java.util.List<String> list = versions.getOrDefault(engine[0], java.util.List.of());
            Map<String, String> byVersion = new TreeMap<>(FolderVersions.ORDER);
            for (String version : list) {
                String module = locate(template, engine[0], version, engine[1]);
                byVersion.put(version, module);
                companions.put(module, COMPANIONS.get(engine[0]).stream()
                        .map(file -> locate(template, engine[0], version, file)).toList());
                if (template.isEmpty() && SNAPSHOTS.containsKey(engine[0])) { // a CDN has no snapshot of ours
                    snapshots.put(module, locate(template, engine[0], version, SNAPSHOTS.get(engine[0])));
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

    /** Each hosted module to the snapshot its interpreter can start from, where there is one. */
    public Map<String, String> snapshots() {
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
