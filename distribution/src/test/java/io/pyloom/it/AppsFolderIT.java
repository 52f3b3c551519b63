package io.pyloom.it;

import static io.pyloom.it.support.PageEvents.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.TestPage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages of a user's own folder ({@code --apps DIR}), with tailored core.js sets. */
class AppsFolderIT extends BrowserIT {

    @BeforeAll
    static void start() throws Exception {
        Path apps = Path.of("target/test-classes/apps").toAbsolutePath();
        serve("apps-folder-it", "--apps", apps.toString());
    }

    @Test
    void aUsersFilesAreRevalidatedByETagAndByDate() throws Exception {
        java.net.http.HttpResponse<String> first = http.get("/in-order.html");
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, http.get("/in-order.html", "If-None-Match", etag).statusCode());
        assertEquals(304, http.get("/in-order.html", "If-None-Match", "\"stale\", W/" + etag).statusCode());
        assertEquals(304, http.get("/in-order.html", "If-Modified-Since", modified).statusCode());
        assertEquals(200, http.get("/in-order.html", "If-None-Match", "\"stale\"").statusCode());
        assertEquals(200, http.get("/in-order.html", "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode());
    }

    @Test
    void withoutTheErrorPluginFailuresStayOnTheConsole() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/no-error-plugin.html")).awaitAllDone();
            assertEquals(0, page.page().locator(".py-error").count());
            assertTrue(page.console().stream().anyMatch(l -> l.startsWith("error: ")
                    && l.contains("RuntimeError: seen only on the console")), page.console().toString());
            assertEquals(List.of("mpy:ready", "mpy:done", "py:all-done"), names(page.events()));
        }
    }

    @Test
    void scriptsRunInDocumentOrderInOneInterpreter() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/in-order.html")).awaitAllDone();
            assertEquals("one", page.text("script-py#mpy-0"));
            assertEquals("two", page.text("mpy-script#mpy-1"), "<mpy-script> is its own target");
            assertEquals("first, second, third", page.text("#log"));
            assertEquals(List.of("mpy:ready", "mpy:done", "mpy:ready", "mpy:done", "mpy:ready", "mpy:done",
                    "py:all-done"), names(page.events()));
        }
    }

    @Test
    void aMissingSrcIsNamedInTheErrorAndThePageFinishes() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/missing-src.html")).awaitAllDone();
            assertEquals("Failed to fetch " + server.url("/no-such-file.py") + ": HTTP 404",
                    page.text(".py-error"));
            assertEquals(List.of("mpy:done", "py:all-done"), names(page.events()));
        }
    }

    @Test
    void aWorkerScriptNeverRunsOnTheMainThread() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/worker.html")).awaitAllDone();
            assertEquals("", page.text("#out"));
            assertEquals("This mpy script asks for a web worker, which this core.js cannot start (it was composed "
                    + "without the worker plugin): it was not run.",
                    page.text(".py-error"));
            assertEquals(List.of("mpy:done", "py:all-done"), names(page.events()));
        }
    }

    @Test
    void withoutCrossOriginIsolationAWorkerStillRunsAndTheConsoleNamesTheHeaders() {
        try (TestPage page = browser.open()) {
            // A frame whose policy denies cross-origin-isolated is never isolated, whatever its headers.
            page.navigate(server.url("/frame-for-worker.html"));
            com.microsoft.playwright.Frame frame = page.page().frames().get(1);
            frame.waitForFunction("() => document.getElementById('mpy-0-done')?.textContent === '2'", null,
                    new com.microsoft.playwright.Frame.WaitForFunctionOptions().setTimeout(60_000));
            assertEquals(0, frame.locator(".py-error").count(), page.console().toString());
            List<String> warnings = page.console().stream().filter(line -> line.startsWith("warning: This worker "
                    + "cannot reach the page's window or document")).toList();
            assertEquals(1, warnings.size(), page.console().toString());
            assertTrue(warnings.get(0).contains("Cross-Origin-Opener-Policy: same-origin and "
                    + "Cross-Origin-Embedder-Policy: require-corp"), warnings.toString());
        }
    }

    @Test
    void bothInterpretersRunOnOnePage() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/both.html")).awaitAllDone();
            assertEquals("pyodide here", page.text("#py-0"));
            assertEquals("micropython here", page.text("#mpy-0"));
            List<Object> names = names(page.events());
            assertEquals("py:all-done", names.get(names.size() - 1), "all-done comes after both: " + names);
            assertTrue(names.containsAll(List.of("py:ready", "py:done", "mpy:ready", "mpy:done")), names.toString());
        }
    }
}
