package io.pyloom.bench;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.PageEvents;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.SlowNetwork;
import io.pyloom.it.support.StaticHost;
import io.pyloom.it.support.TestPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up next to PyScript 0.7.31 in one run; run it with bench/compare. The same pages on the
 * same interpreter files, opened in fresh Chromium contexts, the contenders interleaved: hello
 * pages with the interpreter on this server, and on a host of the page's own with core.js from
 * another origin; worker tags and PyWorker/MPWorker. For each: time to ready (cold and warm cache),
 * all-done, the JavaScript loaded before the interpreter is asked for, the floor (the interpreter
 * alone, on the page or in a worker) and what each contender adds to it, and every ratio with the
 * middle half of its per-run ratios.
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

    /**
     * One thing timed, with each contender's page: when the page is done, which time counts, and
     * the floor page (the interpreter alone), if any. Main-thread pages also count all-done, bytes
     * and CPU.
     */
    record Scenario(String title, String type, String event, boolean main, Map<String, String> pages, String floor,
            String done, String time) {
    }

    private static final String WORKER_RAN = "window.__workerRan";
    private static final String WORKER_READY = "window.__workerReady";

    private static List<Scenario> scenarios(PyloomServer server, StaticHost site) {
        List<Scenario> scenarios = new ArrayList<>();
        for (String type : List.of("mpy", "py")) {
            String event = type + ":ready";
            String ready = "(window.__events || []).find(e => e.name === '" + event + "' && !e.worker).t";
            scenarios.add(new Scenario((type.equals("mpy") ? "MicroPython" : "Pyodide") + ", page and interpreter on this server",
                    type, event, true, Map.of("pyloom", server.url("/pyloom-" + type + ".html"),
                            "pyscript", server.url("/pyscript-" + type + ".html")),
                    server.url("/floor-" + type + ".html"), PageEvents.ALL_DONE, ready));
            scenarios.add(new Scenario((type.equals("mpy") ? "MicroPython" : "Pyodide")
                    + " from the page's own host, core.js from another origin", type, event, true,
                    Map.of("pyloom", site.url("/pyloom-" + type + ".html"), "pyscript", site.url("/pyscript-" + type + ".html")),
                    site.url("/floor-" + type + ".html"), PageEvents.ALL_DONE, ready));
        }
        for (String type : List.of("mpy", "py")) {
            String name = type.equals("mpy") ? "MicroPython" : "Pyodide";
            scenarios.add(new Scenario(name + " worker tag (to its first statement)", type, "worker ran", false,
                    Map.of("pyloom", server.url("/worker-pyloom-" + type + ".html"),
                            "pyscript", server.url("/worker-pyscript-" + type + ".html")),
                    server.url("/floor-worker-" + type + ".html"), WORKER_RAN + " !== undefined", WORKER_RAN));
            String starter = type.equals("mpy") ? "MPWorker" : "PyWorker";
            scenarios.add(new Scenario(starter + "(...) from a module (to its ready)", type, "worker ready", false,
                    Map.of("pyloom", server.url("/pyworker-pyloom-" + type + ".html"),
                            "pyscript", server.url("/pyworker-pyscript-" + type + ".html")),
                    server.url("/floor-worker-" + type + ".html"), WORKER_READY + " !== undefined", WORKER_READY));
        }
        return scenarios;
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path apps = Files.createTempDirectory("pyloom-bench-compare");
        WorkerFigures.copyTree(dist, apps.resolve("pyscript"));
        ComparisonPages.writeHere(apps);
        Path cdn = Files.createTempDirectory("pyloom-bench-cdn");
        WorkerFigures.copyTree(dist, cdn.resolve("pyscript"));
        Path siteFolder = Files.createTempDirectory("pyloom-bench-site");
        Map<String, List<Load>> cold = new LinkedHashMap<>();
        Map<String, List<Load>> warm = new LinkedHashMap<>();
        Map<String, List<Double>> floors = new LinkedHashMap<>();
        Map<String, List<Double>> floorCpu = new LinkedHashMap<>();
        Map<String, List<Double>> warmFloors = new LinkedHashMap<>();
        Map<String, List<Load>> slow = new LinkedHashMap<>();
        int slowRuns = Math.max(3, runs / 5);
        ServerFigures figures;
        List<Scenario> scenarios;
        try (PyloomServer server = PyloomServer.start("bench-compare", "--apps", apps.toString());
                StaticHost pyscriptCdn = new StaticHost(cdn, true).cacheable();
                Browser browser = new Browser()) {
            ComparisonPages.writeSite(siteFolder, Path.of("distribution/target/interpreters"),
                    Map.of("pyloom", server.url("/pyloom/core.js"), "pyscript", pyscriptCdn.url("/pyscript/core.js")));
            try (StaticHost site = new StaticHost(siteFolder).cacheable()) {
                // -Dcompare.only=REGEX keeps the scenarios whose title it finds (all by default)
                java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("compare.only", ""));
                scenarios = scenarios(server, site).stream().filter(s -> only.matcher(s.title()).find()).toList();
                figures = ServerFigures.measure(server);
                // Not measured: the first load warms the server's JIT.
                for (String system : List.of("pyloom", "pyscript")) {
                    try (TestPage page = browser.open()) {
                        load(page, server.url("/" + system + "-mpy.html"), scenarios(server, site).get(0)); // MicroPython here
                    }
                }
                // One scenario at a time, MicroPython first: a Pyodide page leaves the machine busy
                // for a while after it closes, and whichever page came next paid for it. Each run
                // rotates the order, so that no contender always follows the same one.
                for (Scenario scenario : scenarios) {
                    List<String> contenders = new ArrayList<>(List.of("pyloom", "pyscript"));
                    if (scenario.floor() != null) {
                        contenders.add("floor");
                    }
                    for (int run = 0; run < runs; run++) {
                        for (String contender : rotated(contenders, run)) {
                            try (TestPage page = browser.open()) {
                                if (contender.equals("floor")) {
                                    Map<String, Long> cpuBefore = ChromiumCpu.read();
                                    floors.computeIfAbsent(scenario.title(), k -> new ArrayList<>())
                                            .add(Floor.time(page, scenario.floor()));
                                    floorCpu.computeIfAbsent(scenario.title(), k -> new ArrayList<>())
                                            .add(ChromiumCpu.msSince(cpuBefore));
                                    warmFloors.computeIfAbsent(scenario.title(), k -> new ArrayList<>())
                                            .add(Floor.time(page, scenario.floor()));
                                    continue;
                                }
                                String url = scenario.pages().get(contender);
                                String key = contender + " " + scenario.title();
                                cold.computeIfAbsent(key, k -> new ArrayList<>()).add(load(page, url, scenario));
                                warm.computeIfAbsent(key, k -> new ArrayList<>()).add(load(page, url, scenario));
                            }
                        }
                    }
                }
                for (Scenario scenario : scenarios) {
                    if (!scenario.main() || !scenario.title().contains("this server")) {
                        continue;
                    }
                    for (int run = 0; run < slowRuns; run++) {
                        for (String system : rotated(List.of("pyloom", "pyscript"), run)) {
                            try (TestPage page = browser.open()) {
                                SlowNetwork.emulate(page.page(), SLOW_MEGABITS, SLOW_LATENCY_MS);
                                slow.computeIfAbsent(system + " " + scenario.title(), k -> new ArrayList<>())
                                        .add(load(page, scenario.pages().get(system), scenario));
                            }
                        }
                    }
                }
            }
        }
        System.out.println(figures);
        System.out.printf("Start-up, Pyloom next to PyScript 0.7.31 (medians of %d runs, %d cores, ms from navigation;"
                + " the last column is the middle half of the %d per-run ratios)%n", runs,
                Runtime.getRuntime().availableProcessors(), runs);
        for (Scenario scenario : scenarios) {
            List<Load> ours = cold.get("pyloom " + scenario.title());
            List<Load> theirs = cold.get("pyscript " + scenario.title());
            System.out.printf("%n%s%n%-40s %9s %9s %7s  %s%n", scenario.title(), "measure", "Pyloom", "PyScript", "ratio",
                    "per run");
            row(scenario.event() + ", cold", ours, theirs, Load::ready);
            row(scenario.event() + ", warm", warm.get("pyloom " + scenario.title()), warm.get("pyscript " + scenario.title()),
                    Load::ready);
            if (scenario.main()) {
                row("py:all-done, cold", ours, theirs, Load::allDone);
                row("JS before the interpreter, gzip B", ours, theirs, l -> (double) l.jsGzip());
                row("all its own JS (no interpreter), gzip B", ours, theirs, l -> (double) l.ownGzip());
                if (ChromiumCpu.available()) {
                    row("CPU, all of Chromium, to all-done ms", ours, theirs, Load::cpu);
                }
            }
            List<Double> floor = floors.get(scenario.title());
            if (floor != null) {
                List<Double> over = overFloor(ours, floor);
                System.out.printf("%-40s %9.0f %9s %7s  Pyloom's %s is floor + %.0f ms (per run %.0f to %.0f)%n",
                        scenario.main() ? "floor (the interpreter alone)" : "floor (interpreter alone, in a worker)",
                        medianOf(floor), "", "", scenario.event(), medianOf(over),
                        quartile(over, 1), quartile(over, 3));
                if (ChromiumCpu.available()) {
                    System.out.printf("%-40s %9.0f%n", "  its CPU, all of Chromium, ms", medianOf(floorCpu.get(scenario.title())));
                }
                List<Double> warmFloor = warmFloors.get(scenario.title());
                System.out.printf("%-40s %9.0f%n", "  the floor, warm", medianOf(warmFloor));
                overFloorRow("  over the floor, cold", ours, theirs, floor);
                overFloorRow("  over the floor, warm", warm.get("pyloom " + scenario.title()),
                        warm.get("pyscript " + scenario.title()), warmFloor);
            }
            steps(ours, scenario.event(), "cold");
            steps(warm.get("pyloom " + scenario.title()), scenario.event(), "warm");
        }
        System.out.printf("%nOn an emulated network (%d Mbit/s each way, %d ms added to each request), cold,"
                + " medians of %d runs%n%-40s %9s %9s %7s  %s%n", SLOW_MEGABITS, SLOW_LATENCY_MS, slowRuns, "measure",
                "Pyloom", "PyScript", "ratio", "per run");
        for (Scenario scenario : scenarios) {
            List<Load> ours = slow.get("pyloom " + scenario.title());
            if (ours != null) {
                row(scenario.event(), ours, slow.get("pyscript " + scenario.title()), Load::ready);
                row("py:all-done (" + scenario.type() + ")", ours, slow.get("pyscript " + scenario.title()), Load::allDone);
            }
        }
    }

    /** Each run's time over that run's floor. */
    private static List<Double> overFloor(List<Load> loads, List<Double> floor) {
        List<Double> over = new ArrayList<>();
        for (int run = 0; run < loads.size(); run++) {
            over.add(loads.get(run).ready() - floor.get(run));
        }
        return over;
    }

    /**
     * What each contender adds to the interpreter's own start (the part a runtime can make faster),
     * with the middle half of the per-run ratios. Not printed where a contender is under the floor
     * (Pyodide from its snapshot): a ratio of those means nothing.
     */
    private static void overFloorRow(String measure, List<Load> ours, List<Load> theirs, List<Double> floor) {
        List<Double> mine = overFloor(ours, floor);
        List<Double> other = overFloor(theirs, floor);
        if (medianOf(mine) <= 0 || medianOf(other) <= 0) {
            return;
        }
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < mine.size(); run++) {
            ratios.add(mine.get(run) / other.get(run));
        }
        System.out.printf("%-40s %9.0f %9.0f %6.2fx  %.2f–%.2fx%n", measure, medianOf(mine), medianOf(other),
                medianOf(mine) / medianOf(other), quartile(ratios, 1), quartile(ratios, 3));
    }

    private static double quartile(List<Double> values, int which) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * which / 4));
    }

    /** Where Pyloom's cold time goes: the median time of each step, in order. */
    private static void steps(List<Load> loads, String event, String cache) {
        Map<String, List<Double>> byStep = new java.util.HashMap<>();
        for (Load load : loads) {
            load.steps().forEach((step, t) -> byStep.computeIfAbsent(step, k -> new ArrayList<>()).add(t));
            byStep.computeIfAbsent(event, k -> new ArrayList<>()).add(load.ready());
        }
        System.out.println("  Pyloom's steps, " + cache + " (median ms from navigation):");
        byStep.entrySet().stream().map(e -> Map.entry(e.getKey(), medianOf(e.getValue())))
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> System.out.printf("  %8.0f  %s%n", e.getValue(), e.getKey()));
        System.out.println();
    }

    /** Medians, their ratio, and the middle half of the per-run ratios (each run's loads were one after the other). */
    private static void row(String measure, List<Load> ours, List<Load> theirs, java.util.function.ToDoubleFunction<Load> value) {
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < Math.min(ours.size(), theirs.size()); run++) {
            ratios.add(value.applyAsDouble(ours.get(run)) / value.applyAsDouble(theirs.get(run)));
        }
        double mine = median(ours, value);
        double other = median(theirs, value);
        System.out.printf("%-40s %9.0f %9.0f %6.2fx  %.2f–%.2fx%n", measure, mine, other, mine / other,
                quartile(ratios, 1), quartile(ratios, 3));
    }

    /** What each run loads, in an order rotated from run to run. */
    private static final List<String> CONTENDERS = List.of("pyloom", "pyscript", "floor");

    private static List<String> rotated(List<String> order, int by) {
        List<String> copy = new ArrayList<>(order);
        Collections.rotate(copy, -(by % copy.size()));
        return copy;
    }

    /** The page's steps, and each worker's, on the page's clock (a worker's own clock starts when it does). */
    private static Map<String, Double> workerSteps(TestPage page) {
        Map<String, Double> steps = new java.util.TreeMap<>();
        double origin = ((Number) page.page().evaluate("() => performance.timeOrigin")).doubleValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> own = (Map<String, Object>) page.page().evaluate(STEPS);
        own.forEach((name, t) -> steps.put(name, ((Number) t).doubleValue()));
        for (com.microsoft.playwright.Worker worker : page.page().workers()) {
            double workerOrigin = ((Number) worker.evaluate("() => performance.timeOrigin")).doubleValue();
            @SuppressWarnings("unchecked")
            Map<String, Object> marks = (Map<String, Object>) worker.evaluate(STEPS);
            marks.forEach((name, t) -> steps.put("worker " + name, ((Number) t).doubleValue() + workerOrigin - origin));
            steps.put("worker started", workerOrigin - origin);
        }
        return steps;
    }

    /** Loads the page and waits until it is done; counts the scripts requested before the interpreter was. */
    private static Load load(TestPage page, String url, Scenario scenario) {
        Map<String, Long> cpuBefore = ChromiumCpu.read();
        page.navigate(url);
        try {
            QuietWait.until(page.page(), scenario.done());
        } catch (RuntimeException e) {
            throw new IllegalStateException(url + " never got done (" + scenario.done() + "); console: " + page.console(), e);
        }
        double cpu = ChromiumCpu.msSince(cpuBefore);
        double ready = ((Number) page.page().evaluate("() => " + scenario.time())).doubleValue();
        if (!scenario.main()) {
            return new Load(ready, 0, 0, 0, 0, workerSteps(page), cpu);
        }
        double allDone = PageEvents.last(page.events(), "py:all-done").orElse(0);
        String module = MODULES.get(scenario.type()).substring(MODULES.get(scenario.type()).lastIndexOf('/'));
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
