package io.pyloom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The pages bench/compare loads, the same for Pyloom and for PyScript: hello pages whose page and
 * interpreter are on this server, the same on a host of their own with core.js from another
 * origin (as most pages name an interpreter on a CDN), worker tags and PyWorker/MPWorker calls.
 */
final class ComparisonPages {

    /** The worker's code: it tells the page, on the page's clock, that it has run. */
    static final String WORKER_CODE = "from pyscript import window\nwindow.__workerRan = window.performance.now()\n";

    private static final Map<String, String> MODULES = LocalInterpreters.MODULES;

    private ComparisonPages() {
    }

    /** The hello page with {@code <script type=TYPE>}, its core.js at coreJs and its interpreter at module. */
    static String hello(String type, String coreJs, String module) {
        return head(coreJs) + "<script type=\"" + type + "\" config='{\"interpreter\": \"" + module + "\"}'>\n"
                + "from pyscript import display\ndisplay(\"hello\")\n</script></body></html>";
    }

    private static String head(String coreJs) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\""
                + coreJs.replace("core.js", "core.css") + "\"><script type=\"module\" src=\"" + coreJs
                + "\"></script></head><body>";
    }

    /** Pages on this server: {@code SYSTEM-TYPE.html}, {@code worker-SYSTEM-TYPE.html}, {@code pyworker-SYSTEM-TYPE.html}. */
    static void writeHere(Path apps) throws IOException {
        for (String name : List.of("floor-mpy.html", "floor-py.html", "floor-worker-mpy.html", "floor-worker-mpy.js",
                "floor-worker-py.html", "floor-worker-py.js")) {
            Path floor = Path.of("bench/pages", name);
            Files.copy(floor, apps.resolve(floor.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(apps.resolve("bench-worker.py"), WORKER_CODE);
        for (String system : List.of("pyloom", "pyscript")) {
            String coreJs = "/" + system + "/core.js";
            for (String type : List.of("py", "mpy")) {
                String module = MODULES.get(type);
                Files.writeString(apps.resolve(system + "-" + type + ".html"), hello(type, coreJs, module));
                Files.writeString(apps.resolve("worker-" + system + "-" + type + ".html"), head(coreJs)
                        + "<script type=\"" + type + "\" worker src=\"./bench-worker.py\" config='{\"interpreter\": \""
                        + module + "\"}'></script></body></html>");
                String starter = type.equals("py") ? "PyWorker" : "MPWorker";
                // PyScript's worker takes its interpreter as version, a URL it resolves in the worker
                Files.writeString(apps.resolve("pyworker-" + system + "-" + type + ".html"), "<!doctype html><html><head>"
                        + "<meta charset=\"utf-8\"><script type=\"module\">\nimport { " + starter + " } from \"" + coreJs + "\";\n"
                        + "const module = new URL(\"" + module + "\", location.href).href;\n"
                        + "await " + starter + "(\"./bench-worker.py\", { config: { interpreter: module }, version: module });\n"
                        + "window.__workerReady = performance.now();\n</script></head><body></body></html>");
            }
        }
    }

    /**
     * A site of its own, as a page on a CDN's interpreter is: the hello pages, the floors and copies
     * of both interpreters (as their npm packages have them), with core.js from the given URLs.
     */
    static void writeSite(Path site, Path interpreters, Map<String, String> coreJsBySystem) throws IOException {
        Map<String, String> copies = Map.of("py", "pyodide/314.0.7", "mpy", "micropython/1.27.0");
        for (String type : List.of("py", "mpy")) {
            Path copy = site.resolve(copies.get(type));
            Files.createDirectories(copy);
            try (var files = Files.list(interpreters.resolve(copies.get(type)))) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".gz") && !name.startsWith("pyloom-") && !name.startsWith(".")) {
                        Files.copy(file, copy.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            String module = "/" + copies.get(type) + MODULES.get(type).substring(MODULES.get(type).lastIndexOf('/'));
            Files.writeString(site.resolve("floor-" + type + ".html"),
                    Files.readString(Path.of("bench/pages/floor-" + type + ".html")).replace(MODULES.get(type), module));
            for (Map.Entry<String, String> system : coreJsBySystem.entrySet()) {
                Files.writeString(site.resolve(system.getKey() + "-" + type + ".html"), hello(type, system.getValue(), module));
            }
        }
    }
}
