package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.Http;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.StaticHost;
import io.pyloom.it.support.TestPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages on another origin load Pyloom's core.js as they load PyScript's from a CDN: everything under
 * /pyloom/ answers any origin, and the page's own files stay its own; the setting can turn it off.
 */
class CrossOriginIT extends BrowserIT {

    private static final String ALLOW = "Access-Control-Allow-Origin";

    @BeforeAll
    static void start() throws Exception {
        serve("cross-origin-it");
        Path site = Files.createTempDirectory("pyloom-cross-origin");
        String core = server.url("/pyloom/core.js");
        for (String type : List.of("py", "mpy")) {
            for (String where : List.of("main", "worker")) {
                String attributes = where.equals("worker") ? "worker" : "";
                Files.writeString(site.resolve(type + "-" + where + ".html"), "<!doctype html><html><head><meta charset=\"utf-8\">"
                        + "<link rel=\"stylesheet\" href=\"" + server.url("/pyloom/core.css") + "\">"
                        + "<script type=\"module\" src=\"" + core + "\"></script></head><body><div id=\"out\"></div>"
                        + script(type, attributes, "from pyscript import display\nimport sys\n"
                                + "display(sys.implementation.name + ' from another origin', target='out')\n")
                        + "</body></html>");
            }
        }
        host = new StaticHost(site).isolated(); // workers reach the page through SharedArrayBuffer
    }

    @Test
    void everythingUnderPyloomAnswersAnyOrigin() throws Exception {
        String core = http.get("/pyloom/core.js").body();
        List<String> assets = List.of("/pyloom/core.js", "/pyloom/core.css", "/pyloom/" + PyloomServer.runtimeOf(core).orElseThrow(),
                "/pyloom/interpreters/micropython/1.27.0/micropython.mjs", "/pyloom/api/plugins");
        for (String asset : assets) {
            assertEquals(Optional.of("*"), Http.ok(http.get(asset)).headers().firstValue(ALLOW), asset);
        }
        assertEquals(Optional.empty(), Http.ok(http.get("/")).headers().firstValue(ALLOW), "the gallery's pages are its own");
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy-main", "py-main", "mpy-worker", "py-worker" })
    void aPageOnAnotherOriginRunsPython(String page) {
        try (TestPage browserPage = browser.open()) {
            browserPage.navigate(host.url("/" + page + ".html")).awaitAllDone();
            String name = page.startsWith("mpy") ? "micropython" : "cpython";
            assertEquals(name + " from another origin", browserPage.text("#out"), browserPage.console().toString());
        }
    }

    @Test
    void theSettingTurnsItOff() throws Exception {
        try (PyloomServer closed = PyloomServer.start("cross-origin-off-it", "--header", ALLOW + ":")) {
            assertEquals(Optional.empty(), Http.ok(Http.to(closed).get("/pyloom/core.js")).headers().firstValue(ALLOW));
        }
        try (PyloomServer narrowed = PyloomServer.start("cross-origin-one-it", "--header", ALLOW + ": https://portal.example")) {
            assertTrue(Http.to(narrowed).get("/pyloom/core.css").headers().allValues(ALLOW).equals(List.of("https://portal.example")));
        }
    }
}
