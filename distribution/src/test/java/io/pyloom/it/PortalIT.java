package io.pyloom.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.pyloom.it.support.FelixBundles;
import io.pyloom.it.support.Http;
import io.pyloom.it.support.PluginJar;
import io.pyloom.it.support.plugins.ProbePlugin;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A portal's view: Pyloom's bundles in a Felix of its own, with no command line. Configuration
 * Admin sets the port and the path; plugin bundles are installed, updated and removed through the
 * framework while requests keep coming, and none of those requests fails.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortalIT {

    private static final Path JARS = Path.of("target/portal-it").toAbsolutePath();

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws Exception {
        List<Option> options = new ArrayList<>();
        options.add(systemProperty("org.apache.felix.http.enable").value("false"));
        // The JDK HTTP client logs every byte at DEBUG, which pax-logging would print.
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        options.add(systemProperty("pyloom.portal.port").value(Integer.toString(freePort())));
        options.add(junitBundles());
        options.addAll(FelixBundles.options());
        // The plugin versions the test installs and updates, made before the framework starts.
        PluginJar.write(JARS.resolve("probe-1.0.0.jar"), "probe", "1.0.0", ProbePlugin.class);
        PluginJar.write(JARS.resolve("probe-1.1.0.jar"), "probe", "1.1.0", ProbePlugin.class);
        PluginJar.write(JARS.resolve("uncompilable.jar"), "uncompilable", "1.0.0", io.pyloom.it.support.plugins.UncompilablePlugin.class);
        return options(options.toArray(new Option[0]));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + System.getProperty("pyloom.portal.port") + "/portal/python";
    }

    /** Configuration Admin, as a portal would write it: no apps folder, no plugin folder, no disk cache. */
    private void configure() throws Exception {
        Hashtable<String, Object> settings = new Hashtable<>();
        settings.put("port", Integer.parseInt(System.getProperty("pyloom.portal.port")));
        settings.put("path", "/portal/python");
        settings.put("plugins", "");
        settings.put("cache", "");
        settings.put("headers", new String[] { "Referrer-Policy: same-origin" });
        configurations.getConfiguration("io.pyloom.server", "?").update(settings);
        await("/pyloom/api/plugins", response -> response.statusCode() == 200);
    }

    @Test
    public void configurationAdminPutsPyloomUnderThePortalsPath() throws Exception {
        configure();
        HttpResponse<String> plugins = get("/pyloom/api/plugins");
        assertTrue(plugins.body(), plugins.body().contains("\"name\":\"error\""));
        assertEquals("same-origin", plugins.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals(200, get("/pyloom/core.js?plugins=error").statusCode());
        assertEquals(200, get("/pyloom/interpreters/micropython/1.27.0/micropython.mjs").statusCode());
    }

    @Test
    public void pluginBundlesComeChangeAndGoWhileRequestsKeepComing() throws Exception {
        configure();
        assertEquals(200, get("/pyloom/core.js?plugins=error").statusCode());
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean churning = new AtomicBoolean(true);
        int[] served = { 0 };
        Thread load = new Thread(() -> {
            while (churning.get()) {
                for (String path : new String[] { "/pyloom/core.js?plugins=error", "/pyloom/core.js", "/pyloom/api/plugins" }) {
                    try {
                        HttpResponse<String> response = get(path);
                        served[0]++;
                        if (response.statusCode() != 200) {
                            String body = response.body();
                            failures.add(path + " -> " + response.statusCode() + " "
                                    + body.substring(0, Math.min(300, body.length())));
                        }
                    } catch (Exception e) {
                        failures.add(path + " -> " + e);
                    }
                }
            }
        }, "portal-load");
        load.start();
        try {
            Bundle probe;
            try (InputStream in = Files.newInputStream(JARS.resolve("probe-1.0.0.jar"))) {
                probe = context.installBundle("portal-it:probe", in);
            }
            probe.start();
            await("/pyloom/api/plugins", r -> r.body().contains("\"name\":\"probe\",\"version\":\"1.0.0\""));
            HttpResponse<String> first = get("/pyloom/core.js?plugins=probe");
            assertEquals(200, first.statusCode());

            try (InputStream in = Files.newInputStream(JARS.resolve("probe-1.1.0.jar"))) {
                probe.update(in);
            }
            await("/pyloom/api/plugins", r -> r.body().contains("\"name\":\"probe\",\"version\":\"1.1.0\""));
            HttpResponse<String> updated = get("/pyloom/core.js?plugins=probe");
            assertEquals(200, updated.statusCode());
            assertNotEquals("an updated bundle is composed anew", first.headers().firstValue("ETag").orElse(""),
                    updated.headers().firstValue("ETag").orElse(""));

            probe.uninstall();
            await("/pyloom/api/plugins", r -> !r.body().contains("\"name\":\"probe\""));
            assertEquals(400, get("/pyloom/core.js?plugins=probe").statusCode());

            // A broken bundle arrives while requests come: it is found out, and the other sets go on.
            Bundle broken;
            try (InputStream in = Files.newInputStream(JARS.resolve("uncompilable.jar"))) {
                broken = context.installBundle("portal-it:uncompilable", in);
            }
            broken.start();
            await("/pyloom/api/plugins", r -> r.body().contains("it cannot be composed with this kernel"));
            assertEquals(200, get("/pyloom/core.js").statusCode());
            assertEquals(409, get("/pyloom/core.js?plugins=uncompilable").statusCode());
            broken.uninstall();
        } finally {
            churning.set(false);
            load.join();
        }
        assertEquals("no request failed while bundles changed", List.of(), failures);
        assertTrue("requests kept coming (a set with a new plugin compiles for seconds): " + served[0], served[0] >= 3);
    }

    /** A client of its own for each request, so that no connection outlives a change of the portal's settings. */
    private HttpResponse<String> get(String path) throws Exception {
        return Http.to(base()).get(path);
    }

    private void await(String path, Predicate<HttpResponse<String>> check) throws Exception {
        String last = "";
        for (int i = 0; i < 600; i++) {
            try {
                HttpResponse<String> response = get(path);
                if (check.test(response)) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (java.io.IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never got there: " + path + " last " + last);
    }
}
