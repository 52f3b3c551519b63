package io.pyloom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.it.support.PyloomServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * PyScript's JavaScript specs ({@code core/tests/js_tests.spec.js}, run by {@code @playwright/test}
 * unchanged) against Pyloom and against PyScript 0.7.31. The specs name
 * {@code http://localhost:8080/tests/javascript/...}, so each side in turn gets a server on port
 * 8080 whose root holds PyScript's {@code tests} folder beside a {@code dist} folder: PyScript's own
 * build (its interpreters pointed at this server's copies) or modules that load Pyloom's core.js.
 * Chromium resolves no other host, so nothing reaches the network.
 */
final class UpstreamSpecs {

    static final int PORT = 8080;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What Pyloom's dist/ holds: PyScript's file names, each a module of Pyloom's. */
    private static final Map<String, String> PYLOOM_DIST = Map.of(
            "core.js", "export * from \"/pyloom/core.js\";\n",
            "core.css", "@import url(\"/pyloom/core.css\");\n",
            "storage.js", "export * from \"/pyloom/storage.js\";\n");

    /** One spec on one side: passed, failed or timedOut (Playwright's words), and why. */
    record Outcome(String status, String reason) {
    }

    private UpstreamSpecs() {
    }

    /**
     * Runs the specs on both sides; {@code playwrightTest} is a folder whose node_modules has
     * {@code @playwright/test}. Answers spec title to side to outcome, in the spec file's order.
     */
    static Map<String, Map<String, Outcome>> run(Path checkout, Path pyscriptDist, Path playwrightTest, List<String> sides)
            throws IOException, InterruptedException {
        Path tests = checkout.resolve("core/tests");
        Path work = Files.createTempDirectory("pyloom-bench-specs");
        Files.createDirectories(work.resolve("spec"));
        Files.copy(tests.resolve("js_tests.spec.js"), work.resolve("spec/js_tests.spec.js"));
        Files.createSymbolicLink(work.resolve("node_modules"), playwrightTest.resolve("node_modules").toAbsolutePath());
        Map<String, Map<String, Outcome>> outcomes = new LinkedHashMap<>();
        for (String side : sides) {
            Path site = work.resolve("site-" + side);
            WorkerFigures.copyTree(tests.resolve("javascript"), site.resolve("tests/javascript"));
            if (side.equals("pyloom")) {
                Files.createDirectories(site.resolve("dist"));
                for (var file : PYLOOM_DIST.entrySet()) {
                    Files.writeString(site.resolve("dist").resolve(file.getKey()), file.getValue());
                }
            } else {
                UpstreamSite.copyPyscript(pyscriptDist, site.resolve("dist"));
            }
            Path report = work.resolve(side + ".json");
            Files.writeString(work.resolve(side + ".config.mjs"), config(report));
            try (PyloomServer server = PyloomServer.startOn(PORT, "bench-specs-" + side, "--apps", site.toString())) {
                System.err.println("specs on " + side + " ...");
                Process playwright = new ProcessBuilder("npx", "playwright", "test", "--config", side + ".config.mjs")
                        .directory(work.toFile()).redirectErrorStream(true)
                        .redirectOutput(work.resolve(side + ".log").toFile()).start();
                if (!playwright.waitFor(40, TimeUnit.MINUTES)) {
                    playwright.destroyForcibly();
                    throw new IllegalStateException("the specs on " + side + " did not end in 40 minutes");
                }
            }
            if (!Files.isRegularFile(report)) {
                throw new IllegalStateException("@playwright/test wrote no report; its output:\n"
                        + Files.readString(work.resolve(side + ".log")));
            }
            read(JSON.readTree(report.toFile()), side, outcomes);
        }
        return outcomes;
    }

    private static String config(Path report) {
        String chromium = System.getProperty("pyloom.chromium", "/usr/bin/chromium");
        return """
                // written by bench/upstream: the specs as PyScript's CI runs them, on local Chromium, offline
                export default {
                  testDir: "./spec",
                  workers: 2,
                  reporter: [["json", { outputFile: %s }]],
                  use: {
                    actionTimeout: %d,
                    launchOptions: {
                      executablePath: %s,
                      args: ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost"],
                    },
                  },
                };
                """.formatted(quote(report.toString()), Long.getLong("upstream.specTimeout", 30_000), quote(chromium));
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Playwright's JSON report: suites of specs, each with its test's last result. */
    private static void read(JsonNode node, String side, Map<String, Map<String, Outcome>> outcomes) {
        for (JsonNode spec : node.path("specs")) {
            JsonNode results = spec.path("tests").path(0).path("results");
            JsonNode last = results.path(results.size() - 1);
            String reason = firstLine(last.path("error").path("message").asText(""));
            outcomes.computeIfAbsent(spec.path("title").asText(), title -> new LinkedHashMap<>())
                    .put(side, new Outcome(last.path("status").asText("skipped"), reason));
        }
        for (JsonNode suite : node.path("suites")) {
            read(suite, side, outcomes);
        }
    }

    /** The message's first line, and what it waited for when it timed out. */
    private static String firstLine(String message) {
        String plain = message.replaceAll("\u001B\\[[0-9;]*m", "");
        String first = plain.lines().findFirst().orElse("");
        String waited = plain.lines().map(String::strip).filter(line -> line.startsWith("- waiting for")).findFirst()
                .orElse("");
        return waited.isEmpty() ? first : first + " (" + waited.substring(2) + ")";
    }

    /** The table: each spec, its outcome on each side, and the reason a failure gave. */
    static void print(Map<String, Map<String, Outcome>> outcomes, List<String> sides) {
        System.out.println();
        System.out.println("PyScript's core/tests/js_tests.spec.js (@playwright/test, unchanged): "
                + String.join(" / ", sides));
        System.out.println();
        Map<String, Integer> passed = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (var spec : outcomes.entrySet()) {
            StringBuilder row = new StringBuilder(String.format("%-46s", spec.getKey()));
            for (String side : sides) {
                Outcome outcome = spec.getValue().get(side);
                String status = outcome == null ? "-" : outcome.status();
                row.append(String.format(" %-9s", status));
                if ("passed".equals(status)) {
                    passed.merge(side, 1, Integer::sum);
                } else if (outcome != null && !outcome.reason().isEmpty()) {
                    reasons.add(String.format("  %-8s %s: %s", side, spec.getKey(), outcome.reason()));
                }
            }
            System.out.println(row);
        }
        StringBuilder total = new StringBuilder(String.format("%-46s", "passed, of " + outcomes.size()));
        sides.forEach(side -> total.append(String.format(" %-9d", passed.getOrDefault(side, 0))));
        System.out.println(total);
        if (!reasons.isEmpty()) {
            System.out.println();
            System.out.println("why the others did not pass:");
            reasons.forEach(System.out::println);
        }
    }
}
