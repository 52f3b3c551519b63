package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.pyloom.it.support.TestPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pydom and pyscript.web against the real DOM: the same checks (resources/pydom) run on the main
 * thread and in a worker, on both interpreters; then the DOM they left is checked from here.
 */
class PydomIT extends BrowserIT {

    private static final List<String> ROOTS = List.of("main", "worker");

    @BeforeAll
    static void start() throws Exception {
        open("pydom-it", pages -> {
            for (String file : List.of("common.py", "pydom_checks.py", "web_checks.py")) {
                pages.write(file, resource(file));
            }
            String config = "config='{\"files\": {\"./common.py\": \"\"}}'";
            for (String api : List.of("pydom", "web")) {
                for (String type : List.of("py", "mpy")) {
                    StringBuilder body = new StringBuilder();
                    ROOTS.forEach(root -> body.append(fixture(root)));
                    body.append(script(type, config + " src=\"./" + api + "_checks.py\"", ""));
                    body.append(script(type, config + " worker src=\"./" + api + "_checks.py\"", ""));
                    pages.page(api + "-" + type, null, body.toString());
                }
            }
            for (String type : List.of("py", "mpy")) {
                pages.page("without-" + type, "error", script(type, "", "from pyscript import web\n")
                        + script(type, "", "from pyweb import pydom\n"));
            }
        });
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PydomIT.class.getResourceAsStream("/pydom/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The elements the checks work on, with ids prefixed by the root (main or worker). */
    private static String fixture(String root) {
        return """
                <section id="R">
                  <h2 id="R-title">Title</h2>
                  <ul id="R-list"><li class="item">one</li><li class="item special" id="R-special">two</li><li class="item">three</li></ul>
                  <input id="R-field" value="start">
                  <div id="R-box" class="a b" style="color: red">box <b>bold</b></div>
                  <button id="R-button">press</button>
                  <div id="R-scroller" style="height: 40px; overflow: auto"><div style="height: 400px"></div><p id="R-far">far</p></div>
                  <div id="R-out"></div>
                  <pre id="R-result"></pre>
                </section>
                """.replace("R", root);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({ "pydom, py", "pydom, mpy", "web, py", "web, mpy" })
    void theChecksPassOnTheMainThreadAndInAWorker(String api, String type) throws Exception {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + api + "-" + type + ".html")).awaitAllDone();
            Page p = page.page();
            int checks = -1;
            for (String root : ROOTS) {
                p.waitForSelector("#" + root + "-result:not(:empty), .py-error", new Page.WaitForSelectorOptions().setTimeout(60_000)
                        .setState(WaitForSelectorState.ATTACHED));
                assertEquals(List.of(), p.locator(".py-error").allTextContents(), root + " failed");
                JsonNode result = new ObjectMapper().readTree(page.text("#" + root + "-result"));
                assertEquals("[]", result.get("failures").toString(), root + ": " + page.console());
                assertTrue(result.get("checks").asInt() > 30, root + " ran its checks: " + result);
                if (checks >= 0) {
                    assertEquals(checks, result.get("checks").asInt(), "the worker ran as many checks as the main thread");
                }
                checks = result.get("checks").asInt();
                assertEquals("rgb(0, 0, 255)", p.evalOnSelector("#" + root + " .item", "e => getComputedStyle(e).color"),
                        "a style set on a collection reached its members");
                if (api.equals("pydom")) {
                    assertEquals(1, p.locator("#" + root + "-copy .made").count(), "the clone is in the page");
                    assertEquals("b c", p.getAttribute("#" + root + "-box", "class"));
                    assertEquals("typed", p.inputValue("#" + root + "-field"));
                } else {
                    assertEquals("Card", page.text("#" + root + "-card.card > h3"));
                    assertEquals("demo", p.getAttribute("#" + root + "-card", "data-kind"));
                    assertEquals(3, p.locator("#" + root + "-select option").count());
                }
                assertClickHandled(p, root, api);
            }
            assertEquals(0, p.locator(".py-error").count(), page.console().toString());
        }
    }

    /** A real click reaches the handlers the checks registered, in the worker too. */
    private static void assertClickHandled(Page p, String root, String api) {
        p.click("#" + root + "-button");
        WaitForSelectorState attached = WaitForSelectorState.ATTACHED;
        p.waitForSelector("#" + root + "-button[data-pressed][data-again]", new Page.WaitForSelectorOptions().setTimeout(10_000).setState(attached));
        assertEquals(api.equals("pydom") ? "click" : "when", p.getAttribute("#" + root + "-button", "data-pressed"));
        assertEquals(api.equals("pydom") ? "yes" : "click", p.getAttribute("#" + root + "-button", "data-again"));
        if (api.equals("web")) {
            p.click("#" + root + "-made");
            p.waitForSelector("#" + root + "-made[data-pressed][data-event]", new Page.WaitForSelectorOptions().setTimeout(10_000).setState(attached));
            assertEquals("click", p.getAttribute("#" + root + "-made", "data-pressed"), "on_click= handled the click");
            assertEquals("click", p.getAttribute("#" + root + "-made", "data-event"), "@when(element.on_click) too");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aCoreWithoutThePluginHasNoneOfIt(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/without-" + type + ".html")).awaitAllDone();
            List<String> banners = page.page().locator(".py-error").allTextContents();
            assertEquals(2, banners.size(), banners.toString());
            assertTrue(banners.get(0).strip().endsWith("ImportError: pyscript.web needs the pydom plugin: compose core.js "
                    + "with it and do not turn it off with \"!pydom\""), banners.get(0));
            assertTrue(banners.get(1).strip().endsWith((type.equals("py") ? "ModuleNotFoundError: No module named 'pyweb'"
                    : "ImportError: no module named 'pyweb'")), banners.get(1));
        }
    }

    @org.junit.jupiter.api.Test
    void theRuntimeCarriesOnlyStubsAndAPydomPageFetchesTheModules() throws Exception {
        String core = http.get("/pyloom/core.js").body();
        String runtime = http.get("/pyloom/" + io.pyloom.it.support.PyloomServer.runtimeOf(core).orElseThrow()).body();
        for (String module : List.of("pyscript/web.py", "pyweb/pydom.py")) {
            assertTrue(runtime.contains("_pyloom_lazy.load(globals(), \\\"python/" + module + "\\\")"), module + "'s stub is in it");
        }
        assertTrue(!runtime.contains("cannot have children"), "web.py's own code is not");
        try (TestPage page = browser.open()) {
            List<String> lazy = new java.util.concurrent.CopyOnWriteArrayList<>();
            page.page().onRequest(request -> {
                if (request.url().contains("-lazy/")) {
                    lazy.add(request.url().replaceAll(".*-lazy/", ""));
                }
            });
            page.navigate(server.url("/pydom-mpy.html")).awaitAllDone();
            assertTrue(lazy.containsAll(List.of("python/pyscript/web.py", "python/pyweb/pydom.py")), lazy.toString());
        }
    }
}
