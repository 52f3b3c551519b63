package io.pyloom.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyloom.it.support.PageEvents.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.TestPage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example gallery in real Chromium on the real interpreters, as the README's command serves it. */
class GalleryIT extends BrowserIT {

    @BeforeAll
    static void start() throws Exception {
        serve("gallery-it");
    }

    @Test
    void helloMicroPythonDisplaysItsOutputAndFiresItsEvents() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/hello-mpy.html")).awaitAllDone();
            assertEquals("Hello from MicroPython\nmicropython", page.text("script-py#mpy-0"));
            List<Map<String, Object>> events = page.events();
            assertEquals(List.of("mpy:ready", "mpy:done", "py:all-done"), names(events), events.toString());
            assertEquals("script", events.get(0).get("target"));
            assertEquals(false, events.get(0).get("worker"));
            assertEquals(true, events.get(0).get("bubbles"));
            assertEquals("window", events.get(2).get("target"));
            assertEquals(false, events.get(2).get("bubbles"), "py:all-done is a plain Event, as in PyScript");
            assertNoMimeWarnings(page);
        }
    }

    @Test
    void helloPyodideRunsItsSrcFileAndFiresItsEvents() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/hello-py.html")).awaitAllDone();
            String output = page.text("script-py#py-0");
            assertTrue(output.startsWith("Hello from Pyodide\ncpython\nPython 3.14"), output);
            assertEquals("Python 3.14", page.text("#py-0 strong").substring(0, 11));
            assertEquals(List.of("py:ready", "py:done", "py:all-done"), names(page.events()));
            assertNoMimeWarnings(page);
        }
    }

    @Test
    void aPyScriptPageRunsWithOnlyItsCoreJsUrlChanged() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/counter.html")).awaitAllDone();
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
            assertEquals("Count the clicks", page.text("body > script-py h1"), "a head script's output goes to the body");
            assertEquals("ready to count", page.text("py-script"));
            page.page().click("#more");
            page.page().click("#more");
            page.page().waitForFunction("() => document.getElementById('count').textContent === '2'");
            page.page().click("#reset");
            page.page().waitForFunction("() => document.getElementById('count').textContent === '0'");
        }
    }

    @Test
    void aWorkerSearchesForPrimesAndWritesIntoThePage() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/worker.html")).awaitAllDone();
            page.page().waitForSelector("script-py:has-text('25 primes below 100')");
            page.page().click("#search");
            page.page().waitForFunction("() => document.getElementById('found').textContent === '3245'", null,
                    new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(30_000));
            assertEquals("(done in the worker)", page.text("#status"));
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
        }
    }

    @Test
    void pydomWorksOnTheElementsOfThePage() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/pydom.html")).awaitAllDone();
            assertEquals("ONE", page.text(".item >> nth=0"));
            assertEquals("TWO", page.text(".item >> nth=1"));
            assertEquals("2 items", page.text("#count em"));
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
        }
    }

    @Test
    void theToDoListIsBuiltAndUsedWithPyscriptWeb() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/todo.html")).awaitAllDone();
            com.microsoft.playwright.Page p = page.page();
            for (String task : List.of("milk", "bread")) {
                p.fill("#what", task);
                p.click("#add");
            }
            p.waitForFunction("() => document.querySelectorAll('#tasks li').length === 2", null,
                    new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(10_000));
            assertEquals(List.of("milk", "bread"), p.locator("#tasks li").allTextContents());
            assertEquals("", p.inputValue("#what"), "the field was cleared");
            assertEquals("2", page.text("#left"));
            p.click("#tasks li >> nth=0");
            p.waitForFunction("() => document.getElementById('left').textContent === '1'", null,
                    new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(10_000));
            assertEquals("done", p.getAttribute("#tasks li >> nth=0", "class"));
            assertEquals(0, p.locator(".py-error").count(), page.console().toString());
        }
    }

    @Test
    void thePlaygroundsEditorsRunAndItsTerminalAsksForInput() {
        try (TestPage page = browser.open()) {
            com.microsoft.playwright.Page p = page.page();
            page.navigate(server.url("/playground.html"));
            com.microsoft.playwright.Locator rows = p.locator("py-terminal .xterm-rows");
            assertThat(rows).containsText("What is your name? ");
            p.locator("py-terminal .xterm").click();
            p.keyboard().type("Grace");
            p.keyboard().press("Enter");
            assertThat(rows).containsText("Hello, Grace!");
            assertThat(rows).containsText(">>> ");
            p.locator(".mpy-editor-run-button").click();
            assertThat(p.locator(".mpy-editor-output")).containsText("a hexagon has 6 sides");
            p.locator(".py-editor-run-button").click();
            assertThat(p.locator(".py-editor-output")).containsText("mean height 1.71 m on Python 3.14");
            assertEquals(0, p.locator(".py-error").count(), page.console().toString());
        }
    }

    @Test
    void aPythonErrorIsShownInThePageAndThePageStillFinishes() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/error.html")).awaitAllDone();
            String banner = page.text(".py-error[role=alert]").strip();
            assertTrue(banner.startsWith("Traceback (most recent call last):"), banner);
            assertTrue(banner.contains("in divide"), banner);
            assertTrue(banner.endsWith("ZeroDivisionError: divide by zero"), banner);
            assertEquals(List.of("mpy:ready", "mpy:done", "py:all-done"), names(page.events()));
            assertTrue(page.console().stream().anyMatch(l -> l.startsWith("error: ") && l.contains("ZeroDivisionError")),
                    "the error is on the console too: " + page.console());
        }
    }

    static void assertNoMimeWarnings(TestPage page) {
        assertFalse(page.console().stream().anyMatch(l -> l.contains("MIME")), page.console().toString());
    }
}
