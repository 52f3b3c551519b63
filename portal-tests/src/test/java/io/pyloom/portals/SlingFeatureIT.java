package io.pyloom.portals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.Http;
import io.pyloom.it.support.TestPage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Pyloom's Sling feature ({@code io.pyloom:pyloom-sling}, module {@code sling-feature}) launched by the real Sling
 * Feature Launcher, merged with the Sling Starter 14's OSGi and HTTP layer and a bundle that owns
 * {@code /} in a servlet context of its own, as Sling's main servlet does. Pyloom's own context at
 * {@code /python} takes its requests; every other path stays the root owner's.
 */
public class SlingFeatureIT {

    private static final int PORT = Ports.free();
    private static final Path HOME = Path.of("target/sling").toAbsolutePath();
    private static Process sling;
    private static Browser browser;

    @BeforeClass
    public static void launch() throws Exception {
        Path repository = Path.of(System.getProperty("pyloom.repository")).toAbsolutePath();
        RootOwnerBundle.write(repository);
        Path launcher;
        try (var found = Files.list(Path.of(System.getProperty("sling.launcher")))) {
            launcher = found.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path features = Path.of("target/test-classes/sling").toAbsolutePath();
        Files.createDirectories(HOME);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", launcher.resolve("lib") + File.separator + "*",
                "org.apache.sling.feature.launcher.impl.Main",
                "-f", features.resolve("sling-http.slingosgifeature.json").toString(),
                // Pyloom's feature by its Maven id, as a Sling installation names it.
                "-f", "mvn:io.pyloom/pyloom-sling/" + System.getProperty("pyloom.version") + "/slingosgifeature",
                "-C", "*:*:HIGHEST",
                // Offline: this build's repository folder is the only one.
                "-u", repository.toUri().toString(),
                "-fa", "org.apache.felix:org.apache.felix.framework:" + System.getProperty("felix.version"),
                "-p", HOME.resolve("home").toString(),
                "-c", HOME.resolve("cache").toString(),
                "-D", "org.osgi.service.http.port=" + PORT);
        sling = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(HOME.resolve("launcher.log").toFile()).start();
        browser = new Browser();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (sling != null) {
            sling.destroy();
            if (!sling.waitFor(60, TimeUnit.SECONDS)) {
                sling.destroyForcibly();
            }
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + PORT;
    }

    private static void awaitPyloom() throws Exception {
        try {
            // The root owner answers 200 to everything, Pyloom's path included, until Pyloom's context is there.
            Ports.await(base() + "/python/pyloom/api/plugins", "\"name\":\"error\"", 240);
        } catch (AssertionError e) {
            Path log = HOME.resolve("launcher.log");
            String text = Files.exists(log) ? Files.readString(log) : "";
            throw new AssertionError(e.getMessage() + "\nlauncher: " + text.substring(Math.max(0, text.length() - 4000)), e);
        }
    }

    @Test
    public void aPageLoadsUnderPyloomsOwnPathBesideTheRootOwner() throws Exception {
        awaitPyloom();
        try (TestPage page = browser.open()) {
            page.navigate(base() + "/python/hello-mpy.html").awaitAllDone();
            assertEquals("Hello from MicroPython\nmicropython", page.text("script-py#mpy-0"));
        }
    }

    @Test
    public void everyOtherPathStaysTheRootOwners() throws Exception {
        awaitPyloom();
        var root = Http.to(base()).get("/content/starter.html");
        assertEquals(200, root.statusCode());
        assertEquals("root context: /content/starter.html", root.body());
        var plugins = Http.to(base() + "/python").get("/pyloom/api/plugins");
        assertTrue(plugins.body(), plugins.body().contains("\"name\":\"editor\""));
    }

    @Test
    public void theFeaturesSettingsReachPyloom() throws Exception {
        awaitPyloom();
        // The feature's configuration put Pyloom at /python, and nothing of it is left at the root.
        var atRoot = Http.to(base()).get("/pyloom/api/plugins");
        assertEquals("root context: /pyloom/api/plugins", atRoot.body());
    }
}
