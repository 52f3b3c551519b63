package io.pyloom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The apps folder that serves PyScript's {@code core/tests/python} once per test module and per
 * contender: {@code /on-SIDE/MODULE/tests/python/index.html}, whose {@code ../../dist/core.js} is
 * PyScript 0.7.31's own build or a module that loads Pyloom's core.js. The test files are copied as
 * they are; only the suite's driver, {@code main.py}, runs one module instead of the folder, and
 * packages whose wheels are not among the local interpreter files are taken out of the settings.
 */
final class UpstreamSite {

    static final List<String> SIDES = List.of("pyloom", "pyscript");
    private static final Pattern TEST = Pattern.compile("^\\s*(async\\s+)?def\\s+test_", Pattern.MULTILINE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A test module of the suite and how many tests it defines. */
    record Module(String name, int tests) {
    }

    private final Path apps;
    private final List<String> notes = new ArrayList<>();

    private UpstreamSite(Path apps) {
        this.apps = apps;
    }

    /** The test modules of {@code tests/python/tests}, by name. */
    static List<Module> modules(Path python) throws IOException {
        List<Module> modules = new ArrayList<>();
        try (var files = Files.list(python.resolve("tests"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("test_") && name.endsWith(".py")) {
                    Matcher tests = TEST.matcher(Files.readString(file));
                    modules.add(new Module(name.substring(0, name.length() - 3), (int) tests.results().count()));
                }
            }
        }
        return modules;
    }

    /** Writes the folder; {@code pyodide} is the local Pyodide folder that says which wheels are here. */
    static UpstreamSite build(Path apps, Path python, Path pyscriptDist, Path pyodide, List<Module> modules)
            throws IOException {
        UpstreamSite site = new UpstreamSite(apps);
        Path patchedDist = apps.resolve("pyscript-dist");
        copyPyscript(pyscriptDist, patchedDist);
        for (String side : SIDES) {
            for (Module module : modules) {
                Path root = apps.resolve("on-" + side).resolve(module.name());
                Path tests = root.resolve("tests/python");
                WorkerFigures.copyTree(python, tests);
                Files.writeString(tests.resolve("main.py"), driver(module.name()));
                for (String settings : List.of("settings_py.json", "settings_mpy.json")) {
                    site.offlinePackages(tests.resolve(settings), pyodide);
                }
                if (side.equals("pyloom")) {
                    Files.createDirectories(root.resolve("dist"));
                    Files.writeString(root.resolve("dist/core.js"), "export * from \"/pyloom/core.js\";\n");
                    Files.writeString(root.resolve("dist/core.css"), "@import url(\"/pyloom/core.css\");\n");
                } else {
                    WorkerFigures.copyTree(patchedDist, root.resolve("dist"));
                }
            }
        }
        return site;
    }

    /** What the site changed besides the driver, once per kind, for the report. */
    List<String> notes() {
        return notes.stream().distinct().toList();
    }

    /** PyScript's build with its interpreter URLs pointed at this server's copies (maps left out). */
    static void copyPyscript(Path dist, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(dist)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".map") || Files.isDirectory(file)) {
                    continue;
                }
                if (name.endsWith(".js")) {
                    String js = Files.readString(file);
                    // absolute: PyScript's workers run from blob: URLs, where a path alone does not resolve
                    js = js.replaceAll("`https://[^`]*/micropython\\.mjs`", "`\\${location.origin}" + LocalInterpreters.MICROPYTHON + "`")
                            .replaceAll("`https://[^`]*/pyodide\\.mjs`", "`\\${location.origin}" + LocalInterpreters.PYODIDE + "`");
                    Files.writeString(to.resolve(name), js);
                } else {
                    Files.copy(file, to.resolve(name));
                }
            }
        }
    }

    /** Drops the packages of a settings file that the local Pyodide has no wheel for. */
    private void offlinePackages(Path settings, Path pyodide) throws IOException {
        ObjectNode config = (ObjectNode) JSON.readTree(settings.toFile());
        if (!(config.get("packages") instanceof ArrayNode packages)) {
            return;
        }
        JsonNode lock = JSON.readTree(pyodide.resolve("pyodide-lock.json").toFile()).path("packages");
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode name : packages) {
            JsonNode entry = lock.path(name.asText().toLowerCase());
            if (entry.has("file_name") && Files.exists(pyodide.resolve(entry.get("file_name").asText()))) {
                kept.add(name);
            } else {
                notes.add(settings.getFileName() + ": \"" + name.asText() + "\" taken out of packages, no wheel offline");
            }
        }
        if (kept.isEmpty()) {
            config.remove("packages"); // PyScript loads micropip for a list, even an empty one
        } else {
            config.set("packages", kept);
        }
        Files.writeString(settings, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config));
    }

    /** The suite's main.py for one module; an import that fails is reported instead of hiding all. */
    private static String driver(String module) {
        return """
                import json
                import upytest
                from pyscript import document

                try:
                    result = await upytest.run("./tests/%s.py", random=True)
                except BaseException as failure:
                    result = {"error": type(failure).__name__ + ": " + str(failure)}
                output = document.createElement("div")
                output.id = "result"
                output.textContent = json.dumps(result)
                document.body.append(output)
                """.formatted(module);
    }
}
