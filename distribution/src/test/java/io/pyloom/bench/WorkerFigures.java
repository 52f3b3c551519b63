package io.pyloom.bench;

import com.microsoft.playwright.Page;
import io.pyloom.it.support.Browser;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.TestPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Worker-to-page rates, Pyloom next to PyScript 0.7.31 in one run: the same worker code on the same
 * local interpreters, pages interleaved, fresh browser contexts. Prints medians and ratios.
 * usage: WorkerFigures PYSCRIPT_DIST_DIR [RUNS]
 */
public final class WorkerFigures {

    private static final String[] KINDS = { "reads", "calls", "writes" };

    /** Counts each operation for a second, checking the clock every 50 operations. */
    private static final String WORKER_CODE = """
            import js, json
            from pyscript import document
            now = js.performance.now
            target = document.getElementById("result")
            def rate(operation):
                count = 0
                start = now()
                while now() - start < 1000:
                    for _ in range(50):
                        operation()
                    count += 50
                return count * 1000 / (now() - start)
            def read():
                document.title
            def call():
                document.getElementById("result")
            def write():
                document.title = "w"
            figures = {"reads": rate(read), "calls": rate(call), "writes": rate(write)}
            target.textContent = json.dumps(figures)
            """;

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path apps = Files.createTempDirectory("pyloom-bench-workers");
        copyTree(dist, apps.resolve("pyscript"));
        Files.writeString(apps.resolve("bench.py"), WORKER_CODE);
        Map<String, String> modules = LocalInterpreters.MODULES;
        for (String type : List.of("py", "mpy")) {
            String worker = "<div id=\"result\"></div><script type=\"" + type + "\" worker src=\"./bench.py\""
                    + " config='{\"interpreter\": \"" + modules.get(type) + "\"}'></script>";
            Files.writeString(apps.resolve("pyloom-" + type + ".html"), "<!doctype html><html><head>"
                    + "<script type=\"module\" src=\"/pyloom/core.js\"></script></head><body>" + worker + "</body></html>");
            Files.writeString(apps.resolve("pyscript-" + type + ".html"), "<!doctype html><html><head>"
                    + "<link rel=\"stylesheet\" href=\"/pyscript/core.css\">"
                    + "<script type=\"module\" src=\"/pyscript/core.js\"></script></head><body>" + worker + "</body></html>");
        }
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        try (PyloomServer server = PyloomServer.start("bench-workers", "--apps", apps.toString());
                Browser browser = new Browser()) {
            for (int run = 0; run < runs; run++) {
                for (String type : List.of("py", "mpy")) {
                    for (String system : List.of("pyloom", "pyscript")) {
                        Map<String, Double> one = measure(browser, server.url("/" + system + "-" + type + ".html"));
                        for (String kind : KINDS) {
                            figures.computeIfAbsent(system + " " + type + " " + kind, k -> new ArrayList<>()).add(one.get(kind));
                        }
                    }
                }
            }
        }
        System.out.printf("Worker to page, operations per second (medians of %d runs, %d cores)%n%n", runs,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-10s %-8s %12s %12s %8s%n", "worker", "op", "Pyloom", "PyScript", "ratio");
        for (String type : List.of("py", "mpy")) {
            for (String kind : KINDS) {
                double ours = median(figures.get("pyloom " + type + " " + kind));
                double theirs = median(figures.get("pyscript " + type + " " + kind));
                System.out.printf("%-10s %-8s %12.0f %12.0f %7.1fx%n", type.equals("py") ? "Pyodide" : "MicroPython",
                        kind, ours, theirs, ours / theirs);
            }
        }
        System.out.println("\nreads: document.title; calls: document.getElementById(...) (returns an element);"
                + " writes: document.title = ...");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> measure(Browser browser, String url) {
        try (TestPage page = browser.open()) {
            page.navigate(url);
            page.page().waitForSelector("#result:not(:empty)", new Page.WaitForSelectorOptions().setTimeout(120_000));
            Map<String, Object> raw = (Map<String, Object>) page.page().evaluate(
                    "() => JSON.parse(document.getElementById('result').textContent)");
            Map<String, Double> rates = new LinkedHashMap<>();
            raw.forEach((k, v) -> rates.put(k, ((Number) v).doubleValue()));
            return rates;
        } catch (RuntimeException e) {
            throw new IllegalStateException("No figures from " + url + ": " + e.getMessage(), e);
        }
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
