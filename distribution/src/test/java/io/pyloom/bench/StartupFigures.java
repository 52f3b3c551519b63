package io.pyloom.bench;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.Http;
import io.pyloom.it.support.PageEvents;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.TestPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Prints start-up figures; run it with bench/startup. Medians of fresh runs, and ratios to the floor. */
public final class StartupFigures {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path apps = pages();
        System.out.printf("Pyloom start-up figures (%d runs each, medians; %d cores)%n%n", runs,
                Runtime.getRuntime().availableProcessors());

        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (PyloomServer server = PyloomServer.start("bench-start-" + i, "--apps", apps.toString())) {
                starts.add(server.firstResponseMillis());
            }
        }
        System.out.printf("server start to first response     %6d ms%n", median(starts));

        try (PyloomServer server = PyloomServer.start("bench", "--apps", apps.toString())) {
            Http http = Http.to(server);
            long cold = timeGet(http, "/pyloom/core.js");
            long warm = timeGet(http, "/pyloom/core.js?plugins=error,pydom");
            List<Long> cached = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                cached.add(timeGet(http, "/pyloom/core.js"));
            }
            System.out.printf("compose, cold JVM (all plugins)    %6d ms%n", cold);
            System.out.printf("compose, warm JVM (error,pydom)    %6d ms%n", warm);
            System.out.printf("core.js, cached                    %6d ms   (%.0fx faster than cold)%n", median(cached),
                    (double) cold / Math.max(1, median(cached)));
            int kernel = gzipSize(http, "/pyloom/core.js?plugins=");
            int full = gzipSize(http, "/pyloom/core.js");
            System.out.printf("core.js + runtime gzip, kernel     %6d bytes%n", kernel);
            System.out.printf("core.js + runtime gzip, standard   %6d bytes%n%n", full);

            try (Browser browser = new Browser()) {
                for (String[] pair : List.of(new String[] { "mpy", "hello-mpy.html", "floor-mpy.html" },
                        new String[] { "py", "hello-py.html", "floor-py.html" })) {
                    List<Double> ours = new ArrayList<>();
                    List<Double> floor = new ArrayList<>();
                    for (int i = 0; i < runs; i++) { // interleaved, each in a fresh context (empty cache)
                        ours.add(readyTime(browser, server.url("/" + pair[1]), pair[0] + ":ready"));
                        floor.add(floorTime(browser, server.url("/" + pair[2])));
                    }
                    double o = medianD(ours);
                    double f = medianD(floor);
                    System.out.printf("%-4s ready: %6.0f ms   floor (interpreter alone): %6.0f ms   ratio %.2f   (+%.0f ms)%n",
                            pair[0], o, f, o / f, o - f);
                }
            }
        }
    }

    /** A temporary apps folder: the gallery and the floor pages. */
    private static Path pages() throws IOException {
        Path apps = Files.createTempDirectory("pyloom-bench");
        for (Path folder : List.of(Path.of("examples/gallery"), Path.of("bench/pages"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.copy(file, apps.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return apps;
    }

    private static double readyTime(Browser browser, String url, String event) {
        try (TestPage page = browser.open()) {
            page.navigate(url);
            QuietWait.until(page.page(), PageEvents.ALL_DONE);
            return PageEvents.first(page.events(), event)
                    .orElseThrow(() -> new IllegalStateException("no " + event + " on " + url + ": " + page.console()));
        }
    }

    private static double floorTime(Browser browser, String url) {
        try (TestPage page = browser.open()) {
            return Floor.time(page, url);
        }
    }

    private static long timeGet(Http http, String path) throws Exception {
        long start = System.nanoTime();
        Http.ok(http.getBytes(path));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static int gzipSize(Http http, String path) throws Exception {
        byte[] body = http.getBytes(path).body();
        java.util.Optional<String> runtime = PyloomServer.runtimeOf(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        if (runtime.isPresent()) { // core.js and the runtime it loads
            return gzipOf(body) + gzipSize(http, "/pyloom/" + runtime.get());
        }
        return gzipOf(body);
    }

    private static int gzipOf(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.size();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double medianD(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
