package io.pyloom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import io.pyloom.it.support.Browser;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.TestPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PyScript's own Python test suite (its {@code core/tests/python}, run with upytest) against
 * Pyloom and against PyScript 0.7.31 in one run, module by module, on MicroPython and Pyodide, on
 * the main thread and in a worker; prints how many tests pass on each. Run it with bench/upstream.
 */
public final class UpstreamSuite {

    /** One of the suite's four ways to run: the query string its helper.js reads. */
    record Mode(String type, boolean worker) {
        String label() {
            return type + (worker ? " worker" : " main");
        }

        String query() {
            return "?type=" + type + (worker ? "&worker" : "");
        }
    }

    /** What one module did on one side in one mode: the passing tests and the failing ones, named. */
    record Outcome(Set<String> passed, Map<String, String> failed, String problem) {
    }

    static final List<Mode> MODES = List.of(new Mode("mpy", false), new Mode("mpy", true), new Mode("py", false),
            new Mode("py", true));
    private static final double PAGE_TIMEOUT_MS = Double.parseDouble(System.getProperty("upstream.timeout", "120000"));
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path checkout = Path.of(args[0]);
        Path upytest = Path.of(args[1]);
        Path dist = Path.of(args[2]);
        Set<String> only = args.length > 3 && !args[3].isBlank() ? Set.of(args[3].split(",")) : Set.of();
        Path python = checkout.resolve("core/tests/python");
        if (!Files.isDirectory(python)) {
            throw new IllegalArgumentException(checkout + " has no core/tests/python: give a checkout of PyScript");
        }
        if (!Files.isRegularFile(upytest)) {
            throw new IllegalArgumentException("No upytest.py at " + upytest);
        }
        List<String> suites = List.of(System.getProperty("upstream.suites", "python,js").split(","));
        if (suites.contains("python")) {
            runPythonSuite(python, upytest, dist, only);
        }
        if (suites.contains("js")) {
            List<String> sides = chosen(UpstreamSite.SIDES, "upstream.sides", side -> side);
            Path playwrightTest = Path.of(System.getProperty("upstream.playwrightTest", "distribution/target/bench-playwright-test"));
            UpstreamSpecs.print(UpstreamSpecs.run(checkout, dist, playwrightTest, sides), sides);
        }
    }

    /** The Python suite, module by module, in each mode, on each side; prints its table. */
    private static void runPythonSuite(Path python, Path upytest, Path dist, Set<String> only) throws Exception {
        List<UpstreamSite.Module> modules = UpstreamSite.modules(python).stream()
                .filter(module -> only.isEmpty() || only.contains(module.name())).toList();
        Path apps = Files.createTempDirectory("pyloom-bench-upstream");
        Path pyodide = Path.of("distribution/target/classes").resolve(LocalInterpreters.PYODIDE.substring("/pyloom/".length())).getParent();
        UpstreamSite site = UpstreamSite.build(apps, python, dist, pyodide, modules);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        try (PyloomServer server = PyloomServer.start("bench-upstream", "--apps", apps.toString());
                Browser browser = new Browser()) {
            OfflineNetwork network = new OfflineNetwork(upytest);
            for (Mode mode : chosen(MODES, "upstream.modes", Mode::label)) {
                for (UpstreamSite.Module module : modules) {
                    for (String side : chosen(UpstreamSite.SIDES, "upstream.sides", side -> side)) {
                        String url = server.url("/on-" + side + "/" + module.name() + "/tests/python/index.html" + mode.query());
                        Outcome outcome = run(browser, network, server.url(""), url);
                        outcomes.put(key(side, mode, module.name()), outcome);
                        System.err.printf("%-8s %-10s %-26s %3d passed%s%n", side, mode.label(), module.name(),
                                outcome.passed().size(), outcome.problem() == null ? "" : "  (" + outcome.problem() + ")");
                    }
                }
            }
        }
        UpstreamReport.print(modules, outcomes, site.notes());
    }

    /** The items a system property names (labels with - for spaces, comma separated), else all. */
    private static <T> List<T> chosen(List<T> all, String property, java.util.function.Function<T, String> label) {
        String names = System.getProperty(property, "");
        if (names.isBlank()) {
            return all;
        }
        Set<String> wanted = Set.of(names.split(","));
        return all.stream().filter(item -> wanted.contains(label.apply(item).replace(' ', '-'))).toList();
    }

    static String key(String side, Mode mode, String module) {
        return side + " " + mode.label() + " " + module;
    }

    /** Opens the page, waits for its #result and reads upytest's report from it. */
    private static Outcome run(Browser browser, OfflineNetwork network, String origin, String url) {
        try (TestPage page = browser.open()) {
            network.install(page.page().context(), origin.replaceAll("/$", ""));
            page.navigate(url);
            String text;
            try {
                text = page.page().locator("#result").textContent(new com.microsoft.playwright.Locator.TextContentOptions()
                        .setTimeout(PAGE_TIMEOUT_MS));
            } catch (PlaywrightException timeout) {
                if (Boolean.getBoolean("upstream.console")) {
                    page.console().forEach(line -> System.err.println("  console: " + line));
                }
                return new Outcome(Set.of(), Map.of(), "no result: " + firstProblem(page));
            }
            JsonNode result = JSON.readTree(text);
            if (result.has("error")) {
                return new Outcome(Set.of(), Map.of(), result.get("error").asText());
            }
            Set<String> passed = new java.util.TreeSet<>();
            result.path("passes").forEach(test -> passed.add(test.path("test_name").asText()));
            Map<String, String> failed = new java.util.TreeMap<>();
            result.path("fails").forEach(test -> failed.put(test.path("test_name").asText(),
                    lastLine(test.path("traceback").asText())));
            return new Outcome(passed, failed, null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Outcome(Set.of(), Map.of(), "unreadable result: " + e.getOriginalMessage());
        }
    }

    /** The banner's text, else the first console error, else that nothing was said. */
    private static String firstProblem(TestPage page) {
        Page browserPage = page.page();
        Object banner = browserPage.evaluate("() => document.querySelector('.py-error')?.textContent ?? null");
        if (banner != null) {
            return lastLine(banner.toString());
        }
        List<String> errors = new ArrayList<>(page.console().stream().filter(line -> line.startsWith("error")
                || line.startsWith("pageerror")).toList());
        return errors.isEmpty() ? "nothing on the console" : errors.get(0).lines().findFirst().orElse("");
    }

    /** A traceback's last non-blank line: the exception and its message. */
    static String lastLine(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        return last.length() > 160 ? last.substring(0, 160) + "…" : last;
    }
}
