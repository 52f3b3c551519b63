package io.pyloom.bench;

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
 * The code editor next to PyScript 0.7.31's in one run; run it with bench/editor. The same page
 * (one editor, its env's interpreter the server's own), served by the same server, opened in
 * fresh Chromium contexts, the two interleaved: time from navigation to an editor that takes
 * input, from pressing Run to the output (the first run starts the env's worker), and a second run
 * in the warm env.
 */
public final class EditorFigures {

    /** One page: ms from navigation to the editor, from the first Run to output, and the second's. */
    record Load(double editor, double firstRun, double secondRun) {
    }

    private static final String CODE = "print('hello from the editor')";

    /** Set before the page's own scripts: when the editor is up (both dispatch TYPE-editor on its script). */
    private static final String WATCH_EDITOR = "for (const type of ['py-editor', 'mpy-editor'])"
            + " document.addEventListener(type, () => { window.editorReady ??= performance.now(); }, true);";

    /** Presses Run and resolves with the ms until the output shows the code's line. */
    private static final String RUN = "(type) => new Promise((resolve) => {"
            + " const out = document.querySelector(`.${type}-editor-output`); out.textContent = '';"
            + " const start = performance.now();"
            + " new MutationObserver((_, observer) => { if (out.textContent.includes('hello from the editor')) {"
            + "   observer.disconnect(); resolve(performance.now() - start); } })"
            + "   .observe(out, { childList: true, subtree: true, characterData: true });"
            + " document.querySelector(`.${type}-editor-run-button`).click(); })";

    private static final String IDLE = "(type) => !document.querySelector(`.${type}-editor-run-button.running`)";

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path apps = Files.createTempDirectory("pyloom-bench-editor");
        WorkerFigures.copyTree(dist, apps.resolve("pyscript"));
        for (String type : List.of("py", "mpy")) {
            String editor = "<script type=\"" + type + "-editor\" config='{\"interpreter\": \""
                    + LocalInterpreters.MODULES.get(type) + "\"}'>\n" + CODE + "\n</script>";
            for (String system : List.of("pyloom", "pyscript")) {
                Files.writeString(apps.resolve(system + "-" + type + ".html"), "<!doctype html><html><head>"
                        + "<meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"/" + system + "/core.css\">"
                        + "<script type=\"module\" src=\"/" + system + "/core.js\"></script></head><body>" + editor
                        + "</body></html>");
            }
        }
        Map<String, List<Load>> loads = new LinkedHashMap<>();
        try (PyloomServer server = PyloomServer.start("bench-editor", "--apps", apps.toString());
                Browser browser = new Browser()) {
            for (String system : List.of("pyloom", "pyscript")) { // not measured: warms the server
                try (TestPage page = browser.open()) {
                    load(page, server.url("/" + system + "-mpy.html"), "mpy");
                }
            }
            for (String type : List.of("mpy", "py")) {
                for (int run = 0; run < runs; run++) {
                    List<String> order = run % 2 == 0 ? List.of("pyloom", "pyscript") : List.of("pyscript", "pyloom");
                    for (String system : order) {
                        try (TestPage page = browser.open()) {
                            loads.computeIfAbsent(system + " " + type, k -> new ArrayList<>())
                                    .add(load(page, server.url("/" + system + "-" + type + ".html"), type));
                        }
                    }
                }
            }
        }
        System.out.printf("The code editor, Pyloom next to PyScript 0.7.31 (medians of %d runs, %d cores, ms)%n%n", runs,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-40s %10s %10s %8s %16s%n", "measure", "Pyloom", "PyScript", "ratio", "per-run ratios");
        for (String type : List.of("mpy", "py")) {
            List<Load> ours = loads.get("pyloom " + type);
            List<Load> theirs = loads.get("pyscript " + type);
            row(type + "-editor: navigation to editor", ours, theirs, Load::editor);
            row(type + "-editor: first Run to output", ours, theirs, Load::firstRun);
            row(type + "-editor: second Run to output", ours, theirs, Load::secondRun);
        }
        System.out.println("\n(per-run ratios: the middle half of each run's Pyloom / PyScript ratio)");
    }

    private static Load load(TestPage page, String url, String type) {
        page.page().addInitScript(WATCH_EDITOR);
        page.page().navigate(url);
        page.page().waitForFunction("() => window.editorReady !== undefined && document.querySelector('."
                + type + "-editor-run-button')");
        double editor = ((Number) page.page().evaluate("() => window.editorReady")).doubleValue();
        double first = ((Number) page.page().evaluate(RUN, type)).doubleValue();
        page.page().waitForFunction(IDLE, type);
        double second = ((Number) page.page().evaluate(RUN, type)).doubleValue();
        page.page().waitForFunction(IDLE, type);
        return new Load(editor, first, second);
    }

    private static void row(String measure, List<Load> ours, List<Load> theirs,
            java.util.function.ToDoubleFunction<Load> value) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            ratios.add(value.applyAsDouble(ours.get(i)) / value.applyAsDouble(theirs.get(i)));
        }
        double a = median(ours.stream().mapToDouble(value).boxed().toList());
        double b = median(theirs.stream().mapToDouble(value).boxed().toList());
        System.out.printf("%-40s %10.0f %10.0f %7.2fx %7.2f–%.2fx%n", measure, a, b, a / b, quartile(ratios, 1),
                quartile(ratios, 3));
    }

    private static double median(List<Double> values) {
        return quartile(values, 2);
    }

    private static double quartile(List<Double> values, int which) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * which / 4));
    }
}
