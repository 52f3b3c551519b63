package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.Http;
import io.pyloom.it.support.PageFolder;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.StaticHost;
import io.pyloom.it.support.TestPage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The settings a portal needs, given on the command line (which writes them to Configuration Admin):
 * a path prefix, extra and dropped headers, and interpreters loaded from another origin.
 */
class SettingsIT {

    @Test
    void everythingIsServedUnderThePathWithTheConfiguredHeaders() throws Exception {
        try (PyloomServer server = PyloomServer.start("settings-path", "--path", "/portal/python",
                "--header", "X-Frame-Options: DENY", "--header", "Cross-Origin-Resource-Policy:");
                Browser browser = new Browser()) {
            Http http = Http.to(server);
            HttpResponse<String> api = http.get("/portal/python/pyloom/api/plugins");
            assertEquals(200, api.statusCode(), server.log());
            assertEquals(404, http.get("/pyloom/api/plugins").statusCode(), "nothing outside the path");
            assertEquals("DENY", api.headers().firstValue("X-Frame-Options").orElse(""));
            assertTrue(api.headers().firstValue("Cross-Origin-Resource-Policy").isEmpty(), "a default header dropped");
            assertEquals("same-origin", api.headers().firstValue("Cross-Origin-Opener-Policy").orElse(""));
            assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
            String core = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(http.get("/portal/python/pyloom/api/core?plugins=error").body()).get("js").asText();
            assertTrue(core.startsWith("/portal/python/pyloom/core-"), core);
            assertEquals(200, http.get(core).statusCode());
            try (TestPage page = browser.open()) {
                page.navigate(server.url("/portal/python/worker.html")).awaitAllDone();
                page.page().waitForSelector("script-py:has-text('25 primes below 100')");
                page.page().click("#search");
                try {
                    page.page().waitForFunction("() => document.getElementById('found').textContent === '3245'", null,
                            new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(30_000));
                } catch (com.microsoft.playwright.TimeoutError e) {
                    throw new AssertionError("the worker never finished: " + page.console()
                            + page.page().locator(".py-error").allTextContents(), e);
                }
                assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
            }
        }
    }

    @Test
    void theInterpretersCanComeFromAnotherOrigin() throws Exception {
        Path interpreters = Path.of("target/interpreters").toAbsolutePath();
        PageFolder pages = new PageFolder("settings-cdn");
        pages.page("cdn", "error", "<div id=\"out\"></div>" + script("mpy", "",
                "from pyscript import display\ndisplay('from elsewhere', target='out')\n"));
        try (StaticHost cdn = new StaticHost(interpreters, true);
                PyloomServer server = PyloomServer.start("settings-cdn", "--apps", pages.root().toString(),
                        "--interpreters", cdn.url("/{name}/{version}/{file}"));
                Browser browser = new Browser()) {
            Http http = Http.to(server);
            try (TestPage page = browser.open()) {
                page.navigate(server.url("/cdn.html")).awaitAllDone();
                assertEquals("from elsewhere", page.text("#out"), page.console().toString());
            }
            List<String> asked = cdn.requested();
            assertTrue(asked.contains("/micropython/1.27.0/micropython.mjs"), asked.toString());
            assertTrue(asked.contains("/micropython/1.27.0/micropython.wasm"), asked.toString());
            assertFalse(new String(http.get("/pyloom/core.js?plugins=error").body()).contains("\"interpreters/micropython"),
                    "core.js names the other origin");
        }
    }
}
