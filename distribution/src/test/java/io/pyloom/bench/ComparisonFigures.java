package io.pyloom.bench;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.PageEvents;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.SlowNetwork;
import io.pyloom.it.support.TestPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up next to PyScript 0.7.31 in one run; run it with bench/compare. The same hello pages on
 * the same local interpreter files, served by the same server, opened in fresh Chromium contexts,
 * the two interleaved: time to ready and to all-done (cold and warm cache), the JavaScript loaded
 * before the interpreter is asked for, and the floor (the interpreter alone).
 */
public final class ComparisonFigures {

    private static final Map<String, String> MODULES = LocalInterpreters.MODULES;

    private static final ScriptBytes SCRIPT_BYTES = new ScriptBytes();

    /** The emulated network of the last pass: a modest broadband line. */
    private static final int SLOW_MEGABITS = 10;
    private static final int SLOW_LATENCY_MS = 40;

    /**
     * One page load: times in ms since navigation, the JS bytes before the interpreter request (raw,
     * gzip), and Chromium's CPU time in ms until all-done was seen (0 where the machine does not say).
     */
    record Load(double ready, double allDone, long jsRaw, long jsGzip, long ownGzip, Map<String, Double> steps,
            double cpu) {
    }

    /** Pyloom's steps on one load: its performance marks, and when its files arrived. */
    private static final String STEPS = "() => Object.fromEntries(["
            + "...performance.getEntriesByType('resource').filter(r => /core[^/]*\\.js$|\\.mjs$|\\.wasm$/.test(r.name))"
            + ".map(r => [new URL(r.name).pathname.replace(/.*\\//, '').replace(/core-\\w+-/, 'core-KEY-')"
            + " + ' received', r.responseEnd]),"
            + "...performance.getEntriesByType('mark').filter(m => m.name.startsWith('pyloom:'))"
            + ".map(m => [m.name, m.startTime])])";

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path apps = Files.createTempDirectory("pyloom-bench-compare");
        WorkerFigures.copyTree(dist, apps.resolve("pyscript"));
        for (Path floor : List.of(Path.of("bench/pages/floor-mpy.html"), Path.of("bench/pages/floor-py.html"))) {
            Files.copy(floor, apps.resolve(floor.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        for (String type : List.of("py", "mpy")) {
            String script = "<script type=\"" + type + "\" config='{\"interpreter\": \"" + MODULES.get(type) + "\"}'>\n"
                    + "from pyscript import display\ndisplay(\"hello\")\n</script>";
            Files.writeString(apps.resolve("pyloom-" + type + ".html"), "<!doctype html><html><head><meta charset=\"utf-8\">"
                    + "<link rel=\"stylesheet\" href=\"/pyloom/core.css\"><script type=\"module\" src=\"/pyloom/core.js\"></script>"
                    + "</head><body>" + script + "</body></html>");
            Files.writeString(apps.resolve("pyscript-" + type + ".html"), "<!doctype html><html><head><meta charset=\"utf-8\">"
                    + "<link rel=\"stylesheet\" href=\"/pyscript/core.css\"><script type=\"module\" src=\"/pyscript/core.js\"></script>"
                    + "</head><body>" + script + "</body></html>");
        }
        Map<String, List<Load>> cold = new LinkedHashMap<>();
        Map<String, List<Load>> warm = new LinkedHashMap<>();
        Map<String, List<Double>> floors = new LinkedHashMap<>();
        Map<String, List<Double>> floorCpu = new LinkedHashMap<>();
        Map<String, List<Load>> slow = new LinkedHashMap<>();
        int slowRuns = Math.max(3, runs / 5);
        ServerFigures figures;
        try (PyloomServer server = PyloomServer.start("bench-compare", "--apps", apps.toString());
                Browser browser = new Browser()) {
            figures = ServerFigures.measure(server);
            // Not measured: the first load warms the server's JIT.
            for (String system : List.of("pyloom", "pyscript")) {
                try (TestPage page = browser.open()) {
                    load(page, server.url("/" + system + "-mpy.html"), "mpy");
                }
            }
            // One interpreter at a time, MicroPython first: a Pyodide page leaves the machine busy
            // for a while after it closes, and whichever page came next paid for it. Each run
            // rotates the order, so that no contender always follows the same one.
            for (String type : List.of("mpy", "py")) {
                for (int run = 0; run < runs; run++) {
                    for (String contender : rotated(CONTENDERS, run)) {
                        try (TestPage page = browser.open()) {
                            if (contender.equals("floor")) {
                                Map<String, Long> cpuBefore = ChromiumCpu.read();
                                double floor = Floor.time(page, server.url("/floor-" + type + ".html"));
                                floorCpu.computeIfAbsent(type, k -> new ArrayList<>()).add(ChromiumCpu.msSince(cpuBefore));
                                floors.computeIfAbsent(type, k -> new ArrayList<>()).add(floor);
                                continue;
                            }
                            String url = server.url("/" + contender + "-" + type + ".html");
                            cold.computeIfAbsent(contender + " " + type, k -> new ArrayList<>()).add(load(page, url, type));
                            warm.computeIfAbsent(contender + " " + type, k -> new ArrayList<>()).add(load(page, url, type));
                        }
                    }
                }
            }
            for (String type : List.of("mpy", "py")) {
                for (int run = 0; run < slowRuns; run++) {
                    for (String system : rotated(List.of("pyloom", "pyscript"), run)) {
                        try (TestPage page = browser.open()) {
                            SlowNetwork.emulate(page.page(), SLOW_MEGABITS, SLOW_LATENCY_MS);
                            slow.computeIfAbsent(system + " " + type, k -> new ArrayList<>())
                                    .add(load(page, server.url("/" + system + "-" + type + ".html"), type));
                        }
                    }
                }
            }
        }
        System.out.println(figures);
        System.out.printf("Start-up, Pyloom next to PyScript 0.7.31 (medians of %d runs, %d cores, ms from navigation)%n%n",
                runs, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-34s %10s %10s %8s%n", "measure", "Pyloom", "PyScript", "ratio");
        for (String type : List.of("mpy", "py")) {
            String event = type.equals("mpy") ? "mpy:ready" : "py:ready";
            row(event + ", cold", median(cold.get("pyloom " + type), Load::ready), median(cold.get("pyscript " + type), Load::ready));
            row("py:all-done (" + type + "), cold", median(cold.get("pyloom " + type), Load::allDone),
                    median(cold.get("pyscript " + type), Load::allDone));
            row(event + ", warm", median(warm.get("pyloom " + type), Load::ready), median(warm.get("pyscript " + type), Load::ready));
            row("py:all-done (" + type + "), warm", median(warm.get("pyloom " + type), Load::allDone),
                    median(warm.get("pyscript " + type), Load::allDone));
            row("JS before the interpreter, raw B", median(cold.get("pyloom " + type), l -> (double) l.jsRaw()),
                    median(cold.get("pyscript " + type), l -> (double) l.jsRaw()));
            row("JS before the interpreter, gzip B", median(cold.get("pyloom " + type), l -> (double) l.jsGzip()),
                    median(cold.get("pyscript " + type), l -> (double) l.jsGzip()));
            if (ChromiumCpu.available()) {
                row("CPU, all of Chromium, to all-done ms", median(cold.get("pyloom " + type), Load::cpu),
                        median(cold.get("pyscript " + type), Load::cpu));
            }
            row("all its own JS (no interpreter), gzip B", median(cold.get("pyloom " + type), l -> (double) l.ownGzip()),
                    median(cold.get("pyscript " + type), l -> (double) l.ownGzip()));
            double floor = medianOf(floors.get(type));
            double ours = median(cold.get("pyloom " + type), Load::ready);
            System.out.printf("%-34s %10.0f %10s %8s   (Pyloom's %s is floor + %.0f ms)%n", "floor (" + type + " alone)", floor,
                    "", "", event, ours - floor);
            if (ChromiumCpu.available()) {
                System.out.printf("%-34s %10.0f%n", "  its CPU, all of Chromium, ms", medianOf(floorCpu.get(type)));
            }
            spread(event, cold.get("pyloom " + type), cold.get("pyscript " + type), floors.get(type));
            steps(cold.get("pyloom " + type), event);
        }
        System.out.printf("On an emulated network (%d Mbit/s each way, %d ms added to each request), cold,"
                + " medians of %d runs%n%n", SLOW_MEGABITS, SLOW_LATENCY_MS, slowRuns);
        System.out.printf("%-34s %10s %10s %8s%n", "measure", "Pyloom", "PyScript", "ratio");
        for (String type : List.of("mpy", "py")) {
            String event = type.equals("mpy") ? "mpy:ready" : "py:ready";
            row(event, median(slow.get("pyloom " + type), Load::ready), median(slow.get("pyscript " + type), Load::ready));
            row("py:all-done (" + type + ")", median(slow.get("pyloom " + type), Load::allDone),
                    median(slow.get("pyscript " + type), Load::allDone));
        }
    }

    /**
     * How far one run's figures can be trusted: the loads of a run were made one after the other,
     * so each run gives its own ratio and its own distance from the floor. Prints the middle half
     * of those, per run.
     */
    private static void spread(String event, List<Load> ours, List<Load> theirs, List<Double> floors) {
        List<Double> ratios = new ArrayList<>();
        List<Double> overFloor = new ArrayList<>();
        for (int run = 0; run < ours.size(); run++) {
            ratios.add(ours.get(run).ready() / theirs.get(run).ready());
            overFloor.add(ours.get(run).ready() - floors.get(run));
        }
        System.out.printf("  cold %s, per run (middle half of %d): ratio %.2f–%.2fx, floor + %.0f–%.0f ms%n%n", event,
                ratios.size(), quartile(ratios, 1), quartile(ratios, 3), quartile(overFloor, 1), quartile(overFloor, 3));
    }

    private static double quartile(List<Double> values, int which) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * which / 4));
    }

    /** Where Pyloom's cold time goes: the median time of each step, in order. */
    private static void steps(List<Load> loads, String event) {
        Map<String, List<Double>> byStep = new java.util.HashMap<>();
        for (Load load : loads) {
            load.steps().forEach((step, t) -> byStep.computeIfAbsent(step, k -> new ArrayList<>()).add(t));
            byStep.computeIfAbsent(event, k -> new ArrayList<>()).add(load.ready());
        }
        System.out.println("  Pyloom's steps, cold (median ms from navigation):");
        byStep.entrySet().stream().map(e -> Map.entry(e.getKey(), medianOf(e.getValue())))
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> System.out.printf("  %8.0f  %s%n", e.getValue(), e.getKey()));
        System.out.println();
    }

    private static void row(String measure, double ours, double theirs) {
        System.out.printf("%-34s %10.0f %10.0f %7.2fx%n", measure, ours, theirs, ours / theirs);
    }

    /** What each run loads, in an order rotated from run to run. */
    private static final List<String> CONTENDERS = List.of("pyloom", "pyscript", "floor");

    private static List<String> rotated(List<String> order, int by) {
        List<String> copy = new ArrayList<>(order);
        Collections.rotate(copy, -(by % copy.size()));
        return copy;
    }

    /** Loads the page and waits for all-done; counts the scripts requested before the interpreter was. */
    private static Load load(TestPage page, String url, String type) {
        Map<String, Long> cpuBefore = ChromiumCpu.read();
        page.navigate(url);
        QuietWait.until(page.page(), PageEvents.ALL_DONE);
        double cpu = ChromiumCpu.msSince(cpuBefore);
        List<Map<String, Object>> events = page.events();
        double ready = PageEvents.first(events, type + ":ready").orElse(0);
        double allDone = PageEvents.last(events, "py:all-done").orElse(0);
        String module = MODULES.get(type).substring(MODULES.get(type).lastIndexOf('/'));
        ScriptBytes.Counts js = SCRIPT_BYTES.of(page.page(), module);
        @SuppressWarnings("unchecked")
        Map<String, Object> marks = (Map<String, Object>) page.page().evaluate(STEPS);
        Map<String, Double> steps = new java.util.TreeMap<>();
        marks.forEach((name, t) -> steps.put(name, ((Number) t).doubleValue()));
        return new Load(ready, allDone, js.beforeRaw(), js.beforeGzip(), js.allGzip(), steps, cpu);
    }

    private static double median(List<Load> loads, java.util.function.ToDoubleFunction<Load> value) {
        List<Double> values = new ArrayList<>();
        loads.forEach(load -> values.add(value.applyAsDouble(load)));
        return medianOf(values);
    }

    private static double medianOf(List<Double> values) {
        return quartile(values, 2);
    }
}
