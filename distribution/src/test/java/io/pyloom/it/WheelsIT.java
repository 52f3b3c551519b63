package io.pyloom.it;

import static io.pyloom.it.support.WheelBuilder.wheel;
import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.it.support.TestPage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --wheels DIR}: wheels the test builds, served by the server; a page's {@code packages}
 * install from there with their requirements, and the browser reaches nothing but this server.
 */
class WheelsIT extends BrowserIT {

    private static final Path WHEELS = Path.of("target/it-pages/wheelhouse").toAbsolutePath();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(WHEELS);
        wheel("demo-a", "1.0").file("demo_a/__init__.py", "from demo_b import base\nvalue = base + ' and a'\n")
                .requires("demo-b (>=1.0)", "pytest ; extra == \"test\"").writeInto(WHEELS);
        wheel("demo-b", "1.0").file("demo_b/__init__.py", "base = 'b1'\n").writeInto(WHEELS);
        wheel("demo-b", "2.0").file("demo_b/__init__.py", "base = 'b2'\n").writeInto(WHEELS);
        wheel("native", "1.0").file("native/__init__.py", "").tag("cp312-cp312-manylinux_2_17_x86_64").writeInto(WHEELS);
        open("wheels-it", pages -> pages.page("wheels", null, "<div id=\"out\"></div>"
                + script("py", "config='{\"packages\": [\"Demo_A\"]}'", """
                        import sys
                        import demo_a
                        from pyscript import display
                        display(demo_a.value, "micropip" in sys.modules, target="out")
                        """)), "--wheels", WHEELS.toString());
    }

    @Test
    void theIndexListsTheNewestBrowserWheelOfEachProjectWithItsRequirements() throws Exception {
        HttpResponse<String> response = http.get("/pyloom/wheels/index.json");
        assertEquals(200, response.statusCode());
        JsonNode packages = new ObjectMapper().readTree(response.body()).get("packages");
        assertEquals("demo_a-1.0-py3-none-any.whl", packages.get("demo-a").get("file").asText());
        assertEquals("[\"demo-b\"]", packages.get("demo-a").get("requires").toString(), "the extra's requirement is left out");
        assertEquals("2.0", packages.get("demo-b").get("version").asText());
        assertFalse(packages.has("native"), "a wheel built for Linux is not for the browser");
        assertTrue(server.log().contains("Skipping native-1.0-cp312-cp312-manylinux_2_17_x86_64.whl in the wheelhouse"), server.log());
        String wheel = "/pyloom/wheels/demo_b-2.0-py3-none-any.whl";
        HttpResponse<String> first = http.get(wheel);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, http.get(wheel, "If-None-Match", etag).statusCode(), "revalidated by its ETag");
        assertEquals(304, http.get(wheel, "If-Modified-Since", modified).statusCode(), "revalidated by its date");
        assertEquals(200, http.get("/pyloom/wheels/demo_b-2.0-py3-none-any.whl").statusCode());
        int traversal = http.get("/pyloom/wheels/..%2F..%2Fpom.xml").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "no file outside the wheelhouse: " + traversal);
        assertEquals(404, http.get("/pyloom/wheels/nothing-1.0-py3-none-any.whl").statusCode());
    }

    @Test
    void packagesInstallFromTheWheelhouseWithTheirRequirementsOffline() {
        List<String> elsewhere = new CopyOnWriteArrayList<>();
        try (TestPage page = browser.open()) {
            // Offline but for this server: any other request would fail, and is recorded.
            page.page().route("**/*", route -> {
                String host = URI.create(route.request().url()).getHost();
                if ("127.0.0.1".equals(host) || "localhost".equals(host)) {
                    route.resume();
                } else {
                    elsewhere.add(route.request().url());
                    route.abort();
                }
            });
            page.navigate(server.url("/wheels.html")).awaitAllDone();
            assertEquals("b2 and a\nFalse", page.text("#out").strip(), page.console().toString());
            assertEquals(List.of(), elsewhere, "nothing left this machine");
        }
    }
}
