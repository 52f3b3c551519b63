package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.it.support.PluginJar;
import io.pyloom.it.support.TestPage;
import io.pyloom.it.support.plugins.ProbePlugin;
import io.pyloom.it.support.plugins.UncompilablePlugin;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plugin bundles dropped into and removed from the plugin folder of a running server: the example
 * third-party plugin (examples/plugin-hello, built on its own) is used by a page; broken bundles
 * are reported in the API and the log, and break nothing else.
 */
class HotDeployIT extends BrowserIT {

    private static final Path PLUGINS = Path.of("target/it-servers/hot-deploy-it/plugins").toAbsolutePath();
    private static final Path HELLO = Path.of("target/example-plugins/plugin-hello.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        if (Files.isDirectory(PLUGINS)) {
            try (var old = Files.list(PLUGINS)) {
                for (Path jar : old.toList()) {
                    Files.delete(jar);
                }
            }
        }
        open("hot-deploy-it", pages -> pages.write("hello.html", """
                <!doctype html>
                <html><head><meta charset="utf-8"><title>hello</title>
                <link rel="stylesheet" href="/pyloom/core.css?plugins=error,hello">
                <script type="module" src="/pyloom/core.js?plugins=error,hello"></script>
                </head><body>
                <div id="out"></div>
                <script type="mpy">
                import hello
                from pyscript import display, HTML
                display(HTML(hello.greet("page")), target="out")
                </script>
                </body></html>
                """));
    }

    @Test
    void theExamplePluginIsDeployedUsedAndRemovedWhileTheServerRuns() throws Exception {
        assertTrue(Files.isRegularFile(HELLO), "the build made the example plugin: " + HELLO);
        assertTrue(plugin("hello") == null, "not there before it is dropped in");
        long dropped = System.nanoTime();
        Files.copy(HELLO, PLUGINS.resolve("plugin-hello.jar.tmp"));
        Files.move(PLUGINS.resolve("plugin-hello.jar.tmp"), PLUGINS.resolve("plugin-hello.jar"), StandardCopyOption.ATOMIC_MOVE);
        JsonNode hello = awaitPlugin("hello", p -> p != null && "active".equals(p.get("state").asText()));
        System.out.printf("plugin-hello became composable %d ms after it was dropped in%n", (System.nanoTime() - dropped) / 1_000_000);
        assertEquals("1.0.0", hello.get("version").asText());
        assertEquals("io.example.hello", hello.get("bundle").asText());
        assertTrue(hello.get("problem").isNull(), hello.toString());

        try (TestPage page = browser.open()) {
            page.navigate(server.url("/hello.html")).awaitAllDone();
            assertEquals("Hello, page, from the hello plugin", page.text("#out .hello-greeting"), page.console().toString());
            assertEquals("rgb(102, 51, 153)", page.page().evalOnSelector("#out .hello-greeting", "e => getComputedStyle(e).color"),
                    "the plugin's stylesheet is in core.css");
            assertEquals("1", page.page().getAttribute("body", "data-hello-runs"), "the plugin's hook ran once per script");
        }
        assertTrue(defaultSet().contains("hello"), "the default set has it too: " + defaultSet());

        Files.delete(PLUGINS.resolve("plugin-hello.jar"));
        awaitPlugin("hello", p -> p == null);
        HttpResponse<String> gone = http.get("/pyloom/core.js?plugins=error,hello");
        assertEquals(400, gone.statusCode());
        assertTrue(gone.body().startsWith("Unknown plugin 'hello'."), gone.body());
        assertFalse(defaultSet().contains("hello"));
    }

    @Test
    void brokenBundlesAreReportedAndBreakNothingElse() throws Exception {
        PluginJar.write(PLUGINS.resolve("future.jar"), "future", "1.0.0", ProbePlugin.class, "[9.0,10)");
        PluginJar.write(PLUGINS.resolve("uncompilable.jar"), "uncompilable", "1.0.0", UncompilablePlugin.class);

        JsonNode future = awaitPlugin("future", p -> p != null && !p.get("problem").isNull());
        assertEquals("installed (unresolved)", future.get("state").asText());
        assertTrue(future.get("problem").asText().contains("io.pyloom.kernel.spi"), future.toString());
        JsonNode uncompilable = awaitPlugin("uncompilable", p -> p != null && !p.get("problem").isNull());
        assertTrue(uncompilable.get("problem").asText().startsWith("it cannot be composed with this kernel: "), uncompilable.toString());
        assertTrue(server.log().contains("Plugin bundle io.pyloom.test.future 1.0.0 cannot be used: "), server.log());
        assertTrue(server.log().contains("Plugin uncompilable 1.0.0 cannot be used: it cannot be composed with this kernel"), server.log());

        HttpResponse<String> named = http.get("/pyloom/core.js?plugins=uncompilable");
        assertEquals(409, named.statusCode());
        assertTrue(named.body().startsWith("Plugin 'uncompilable' is installed but broken: it cannot be composed"), named.body());
        assertEquals(400, http.get("/pyloom/core.js?plugins=future").statusCode(), "an unresolved bundle is not composable");
        assertEquals(200, http.get("/pyloom/core.js").statusCode(), "the default set leaves them out");
        assertFalse(defaultSet().contains("uncompilable"));
        assertFalse(defaultSet().contains("future"));
        assertEquals(200, http.get("/pyloom/core.js?plugins=error").statusCode());

        Files.delete(PLUGINS.resolve("future.jar"));
        Files.delete(PLUGINS.resolve("uncompilable.jar"));
        awaitPlugin("future", p -> p == null);
        awaitPlugin("uncompilable", p -> p == null);
    }

    @Test
    void twoPluginsWithTheSameModuleLeaveTheDefaultSetWorking() throws Exception {
        var shared = java.util.Map.of("python/shared_module.py", "x = 1\n");
        PluginJar.write(PLUGINS.resolve("clash-a.jar"), "clasha", "1.0.0", ProbePlugin.class, "[1.0,2)", shared);
        awaitPlugin("clasha", p -> p != null && "active".equals(p.get("state").asText()));
        PluginJar.write(PLUGINS.resolve("clash-b.jar"), "clashb", "1.0.0", ProbePlugin.class, "[1.0,2)", shared);
        awaitPlugin("clashb", p -> p != null && "active".equals(p.get("state").asText()));
        assertEquals(200, http.get("/pyloom/core.js").statusCode(), "the default set leaves the second one out");
        JsonNode clashb = awaitPlugin("clashb", p -> p != null && !p.get("problem").isNull());
        assertEquals("its python/shared_module.py is also in the plugin clasha", clashb.get("problem").asText());
        assertTrue(defaultSet().contains("clasha") && !defaultSet().contains("clashb"), defaultSet());
        assertEquals(409, http.get("/pyloom/core.js?plugins=clasha,clashb").statusCode());
        Files.delete(PLUGINS.resolve("clash-a.jar"));
        Files.delete(PLUGINS.resolve("clash-b.jar"));
        awaitPlugin("clasha", p -> p == null);
        awaitPlugin("clashb", p -> p == null);
    }

    private static String defaultSet() throws IOException, InterruptedException {
        return JSON.readTree(http.get("/pyloom/api/core").body()).get("plugins").toString();
    }

    /** Polls the plugins API until the plugin's entry (null when absent) passes the check; FileInstall polls each second. */
    private static JsonNode awaitPlugin(String name, Predicate<JsonNode> check) throws Exception {
        JsonNode last = null;
        for (int i = 0; i < 300; i++) {
            last = plugin(name);
            if (check.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plugin " + name + " never got there; last " + last + "\n" + server.log());
    }

    private static JsonNode plugin(String name) throws IOException, InterruptedException {
        for (JsonNode plugin : JSON.readTree(http.get("/pyloom/api/plugins").body())) {
            if (plugin.get("name").asText().equals(name)) {
                return plugin;
            }
        }
        return null;
    }
}
