package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.StaticHost;
import io.pyloom.it.support.TestPage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host that cannot send the isolation headers: core.js, its interpreter and the pages copied to a
 * plain static server. Without coi.js a worker's use of the document names the missing headers;
 * with it, the service worker adds them and the worker reaches the page.
 */
class CoiIT extends BrowserIT {

    private static final String WORKER = "<div id=\"out\"></div>\n<script type=\"mpy\" worker>\n"
            + "from pyscript import document\ndocument.getElementById('out').textContent = 'worker reached the page'\n"
            + "</script>\n";


    @BeforeAll
    static void start() throws Exception {
        open("coi-it", pages -> { });
        Path site = Path.of("target/it-pages/coi-static").toAbsolutePath();
        Files.createDirectories(site.resolve("pyloom/interpreters/micropython/1.27.0"));
        for (String file : new String[] { "pyloom/core.js", "pyloom/core.css", "pyloom/coi.js" }) {
            HttpResponse<byte[]> response = http.getBytes("/" + file);
            assertEquals(200, response.statusCode(), file);
            Files.write(site.resolve(file), response.body());
        }
        // core.js loads its runtime beside it.
        String js = Files.readString(site.resolve("pyloom/core.js"));
        String runtime = PyloomServer.runtimeOf(js).orElseThrow(() -> new AssertionError("core.js names no runtime: " + js));
        Files.write(site.resolve("pyloom/" + runtime), http.getBytes("/pyloom/" + runtime).body());
        // The lazy module a worker without the page's memory imports for its stand-in document.
        String util = runtime.replaceFirst("-runtime\\.js$", "") + "-lazy/python/pyscript/util.py";
        Files.createDirectories(site.resolve("pyloom/" + util).getParent());
        HttpResponse<byte[]> lazy = http.getBytes("/pyloom/" + util);
        assertEquals(200, lazy.statusCode(), util);
        Files.write(site.resolve("pyloom/" + util), lazy.body());
        // As docs/workers.md says: coi.js beside the pages, so that its scope covers them.
        Files.copy(site.resolve("pyloom/coi.js"), site.resolve("coi.js"), StandardCopyOption.REPLACE_EXISTING);
        for (String file : new String[] { "micropython.mjs", "micropython.wasm" }) {
            Files.copy(Path.of("target/interpreters/micropython/1.27.0", file),
                    site.resolve("pyloom/interpreters/micropython/1.27.0/" + file), StandardCopyOption.REPLACE_EXISTING);
        }
        String head = "<!doctype html><html><head><meta charset=\"utf-8\">";
        String core = "<script type=\"module\" src=\"pyloom/core.js\"></script></head><body>\n";
        Files.writeString(site.resolve("plain.html"), head + core + WORKER + "</body></html>");
        Files.writeString(site.resolve("with-coi.html"), head + "<script src=\"coi.js\"></script>" + core + WORKER
                + "</body></html>");
        host = new StaticHost(site);
    }

    @Test
    void withoutTheHeadersTheWorkerCannotReachTheDocumentAndThePageNamesThem() {
        try (TestPage page = browser.open()) {
            page.navigate(host.url("/plain.html"));
            page.page().waitForSelector(".py-error", new Page.WaitForSelectorOptions().setTimeout(60_000));
            String error = page.text(".py-error");
            assertTrue(error.contains("Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: "
                    + "require-corp") && error.contains("coi.js"), error);
            assertEquals("", page.text("#out"));
        }
    }

    @Test
    void coiJsMakesThePageIsolatedAndTheWorkerReachesIt() {
        try (TestPage page = browser.open()) {
            page.navigate(host.url("/with-coi.html"));
            page.page().waitForFunction("() => crossOriginIsolated && document.getElementById('out')"
                    + " && document.getElementById('out').textContent !== ''", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
            assertEquals("worker reached the page", page.text("#out"), page.console().toString());
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
        }
    }

    @Test
    void theServerLetsCoiJsControlTheWholeSite() throws Exception {
        HttpResponse<String> response = http.get("/pyloom/coi.js");
        assertEquals(200, response.statusCode());
        assertEquals("/", response.headers().firstValue("Service-Worker-Allowed").orElse(null));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }
}
