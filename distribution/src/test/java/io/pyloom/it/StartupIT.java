package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.pyloom.it.support.SlowNetwork;
import io.pyloom.it.support.TestPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * core.js's start: it asks for the interpreter before the kernel, each file once; Pyodide starts
 * from the build's snapshot (with fresh randomness) and afresh without it; a kernel module that is
 * not the one core.js was composed with is refused with a clear error.
 */
class StartupIT extends BrowserIT {

    private static final String SNAPSHOT_MARK = "pyloom:py started from a snapshot";

    @BeforeAll
    static void start() throws Exception {
        open("startup-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                pages.write(type + ".html", page(script(type, "", """
                        import random
                        from pyscript import display
                        display(random.random(), target="out")
                        """)));
            }
            for (String type : List.of("py", "mpy")) {
                String where = """
                        import sys, pyscript
                        from pyscript import display
                        display(sys.path[0] + " " + pyscript.__file__, target="%s")
                        """;
                pages.write("path-" + type + ".html", page("<div id=\"main\"></div><div id=\"worker\"></div>"
                        + script(type, "", where.formatted("main")) + script(type, "worker", where.formatted("worker"))));
            }
            pages.write("conf.json", "{\"interpreter\": \"1.27.0\"}");
            pages.write("config-file.html", page(script("mpy", "config=\"conf.json\"", """
                    from pyscript import display, config
                    display(config["interpreter"], target="out")
                    """)));
        });
    }

    private static String page(String scripts) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"/pyloom/core.css\">"
                + "<script type=\"module\" src=\"/pyloom/core.js\"></script></head><body><div id=\"out\"></div>"
                + scripts + "</body></html>";
    }

    /** The paths a load asked for, in order. */
    private static List<String> requests(TestPage page) {
        List<String> paths = new CopyOnWriteArrayList<>();
        page.page().onRequest(request -> paths.add(java.net.URI.create(request.url()).getPath()));
        return paths;
    }

    private static int indexOf(List<String> paths, String suffix) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).endsWith(suffix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theInterpreterIsAskedForBeforeTheKernelAndEachFileOnce() {
        for (String[] type : new String[][] { { "mpy", "micropython.mjs", "micropython.wasm" },
                { "py", "pyodide.mjs", "pyodide.asm.wasm" } }) {
            try (TestPage page = browser.open()) {
                List<String> paths = requests(page);
                page.navigate(server.url("/" + type[0] + ".html")).awaitAllDone();
                assertFalse(page.text("#out").isBlank(), page.console().toString());
                int module = indexOf(paths, "/" + type[1]);
                int runtime = indexOf(paths, "-runtime.js");
                assertTrue(module >= 0 && runtime >= 0, paths.toString());
                assertTrue(module < runtime, "the interpreter before the kernel: " + paths);
                assertTrue(indexOf(paths, "/" + type[2]) >= 0, paths.toString());
                Map<String, Integer> counts = new TreeMap<>();
                paths.forEach(path -> counts.merge(path, 1, Integer::sum));
                counts.forEach((path, count) -> assertEquals(1, count, path + " asked for once: " + paths));
            }
        }
    }

    private static int marks(TestPage page) {
        return ((Number) page.page().evaluate("() => performance.getEntriesByName('" + SNAPSHOT_MARK + "').length")).intValue();
    }

    @Test
    void pyodideStartsFromTheSnapshotAndDrawsFreshRandomNumbers() {
        List<String> draws = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try (TestPage page = browser.open()) {
                page.navigate(server.url("/py.html")).awaitAllDone();
                assertEquals(1, marks(page), page.console().toString());
                draws.add(page.text("#out"));
            }
        }
        assertTrue(draws.get(0).startsWith("0."), draws.toString());
        assertNotEquals(draws.get(0), draws.get(1), "the snapshot's seed is not every page's");
    }

    /** Stored gzipped only: sent as stored to gzip clients, unpacked on the way for the others. */
    @Test
    void theSnapshotIsServedGzippedOrUnpacked() throws Exception {
        String snapshot = "/pyloom/interpreters/pyodide/314.0.7/pyloom-snapshot.bin";
        java.net.http.HttpResponse<byte[]> gzipped = http.getBytes(snapshot, "Accept-Encoding", "gzip");
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        byte[] unpacked;
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(gzipped.body()))) {
            unpacked = in.readAllBytes();
        }
        java.net.http.HttpResponse<byte[]> plain = http.getBytes(snapshot);
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(unpacked.length > 10_000_000 && gzipped.body().length < unpacked.length / 3,
                gzipped.body().length + " of " + unpacked.length);
        assertTrue(java.util.Arrays.equals(unpacked, plain.body()), "the same bytes either way");
        assertEquals(404, http.getBytes("/pyloom/interpreters/pyodide/314.0.7/nothing.bin").statusCode());
    }

    @Test
    void withoutItsSnapshotPyodideStartsAfreshAndSaysSo() {
        try (TestPage page = browser.open()) {
            page.page().route("**/pyloom-snapshot.bin", Route::abort);
            page.navigate(server.url("/py.html")).awaitAllDone();
            assertTrue(page.text("#out").startsWith("0."), page.console().toString());
            assertEquals(0, marks(page));
            assertTrue(page.console().stream().anyMatch(line -> line.contains("Pyodide did not start from its snapshot")),
                    page.console().toString());
        }
    }

    @Test
    void onASlowNetworkPyodideStartsAfreshWithoutFetchingTheSnapshot() {
        try (TestPage page = browser.open()) {
            // 16 Mbit/s: the 6 MB snapshot would take longer to come than the CPU it saves.
            SlowNetwork.emulate(page.page(), 16, 20);
            List<String> paths = requests(page);
            page.navigate(server.url("/py.html")).awaitAllDone();
            assertTrue(page.text("#out").startsWith("0."), page.console().toString());
            assertEquals(0, marks(page));
            assertTrue(paths.stream().noneMatch(path -> path.endsWith("/pyloom-snapshot.bin")), paths.toString());
            assertEquals(1, ((Number) page.page().evaluate("() => performance.getEntriesByName("
                    + "'pyloom:py snapshot skipped: the network is slower than the CPU it saves').length")).intValue());
            for (String file : List.of("/pyodide.asm.wasm", "/python_stdlib.zip", "/pyodide.asm.mjs")) {
                assertEquals(1, paths.stream().filter(path -> path.endsWith(file)).count(), file + ": " + paths);
            }
            assertTrue(page.console().stream().noneMatch(line -> line.startsWith("warning")), page.console().toString());
        }
    }

    @Test
    void anAppPageNamesItsInterpreterModuleInALinkHeader() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "/mpy.html", List.of("</pyloom/interpreters/micropython/1.27.0/micropython.mjs>; rel=modulepreload"),
                "/py.html", List.of("</pyloom/interpreters/pyodide/314.0.7/pyodide.mjs>; rel=modulepreload"),
                "/config-file.html", List.of()); // core.js reads config files; the server does not guess
        for (Map.Entry<String, List<String>> page : expected.entrySet()) {
            var response = http.get(page.getKey());
            assertEquals(200, response.statusCode(), page.getKey());
            assertEquals(page.getValue(), response.headers().allValues("Link"), page.getKey());
        }
    }

    @Test
    void theKernelsPythonComesFirstOnSysPathOnTheMainThreadAndInWorkers() {
        for (String type : List.of("mpy", "py")) {
            try (TestPage page = browser.open()) {
                page.navigate(server.url("/path-" + type + ".html")).awaitAllDone();
                for (String where : List.of("main", "worker")) {
                    assertEquals("/pyloom/site /pyloom/site/pyscript/__init__.py", page.text("#" + where),
                            type + " " + where + ": " + page.console());
                }
            }
        }
    }

    @Test
    void aConfigFileIsFetchedOnceAndItsInterpreterEarly() {
        try (TestPage page = browser.open()) {
            List<String> paths = requests(page);
            page.navigate(server.url("/config-file.html")).awaitAllDone();
            assertEquals("1.27.0", page.text("#out"), page.console().toString());
            assertEquals(1, paths.stream().filter(path -> path.endsWith("/conf.json")).count(), paths.toString());
            assertEquals(1, paths.stream().filter(path -> path.endsWith("/micropython.mjs")).count(), paths.toString());
        }
    }

    @Test
    void aKernelModuleThatIsNotCoreJsOwnIsRefused() {
        try (TestPage page = browser.open()) {
            page.page().route("**/*-runtime.js", route -> {
                String body = route.fetch().text();
                route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/javascript")
                        .setBody(body + "\n// changed on the way\n"));
            });
            page.navigate(server.url("/mpy.html"));
            page.page().waitForSelector(".py-error", new Page.WaitForSelectorOptions().setTimeout(30_000));
            String error = page.text(".py-error");
            assertTrue(error.startsWith("Pyloom could not start: the kernel module "), error);
            assertTrue(error.contains("it is not the one this core.js was composed with (integrity sha384-"), error);
            assertTrue(page.console().stream().anyMatch(line -> line.startsWith("error: Pyloom could not start")),
                    page.console().toString());
            assertTrue(page.text("#out").isEmpty(), "nothing ran");
        }
    }
}
