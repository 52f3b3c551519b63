package io.pyloom.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.pyloom.it.support.CapturedLog;
import io.pyloom.it.support.FelixBundles;
import io.pyloom.it.support.Http;
import io.pyloom.it.support.PluginJar;
import io.pyloom.it.support.plugins.ProbePlugin;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
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
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * A portal's view: Pyloom's bundles in a Felix of its own, with no command line. Configuration
 * Admin sets the port and the path; plugin bundles are installed, updated and removed through the
 * framework while requests keep coming, and none of those requests fails. A metatype consumer (the
 * Felix Web Console, a portal's own console) finds the settings' form, and a bad value written
 * through Configuration Admin is refused while the server keeps serving. The same class runs on
 * Felix and, in its own failsafe execution, on Equinox.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortalIT {

    private static final Path JARS = Path.of("target/portal-it").toAbsolutePath();

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    private BundleContext context;

    @Inject
    private MetaTypeService metaTypes;

    @Configuration
    public Option[] config() throws Exception {
        List<Option> options = new ArrayList<>();
        options.add(systemProperty("org.apache.felix.http.enable").value("false"));
        // The JDK HTTP client logs every byte at DEBUG, which pax-logging would print.
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        options.add(systemProperty("pyloom.portal.port").value(Integer.toString(freePort())));
        options.add(junitBundles());
        options.addAll(FelixBundles.options());
        options.add(mavenBundle("org.apache.felix", "org.apache.felix.metatype", System.getProperty("felix.metatype.version")));
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
    public void aMetatypeConsumerFindsTheSettingsFormWithADescriptionAndDefaultForEachSetting() {
        Bundle server = Arrays.stream(context.getBundles())
                .filter(bundle -> "io.pyloom.server".equals(bundle.getSymbolicName())).findFirst().orElseThrow();
        var information = metaTypes.getMetaTypeInformation(server);
        assertTrue(Arrays.asList(information.getPids()).contains("io.pyloom.server"));
        ObjectClassDefinition form = information.getObjectClassDefinition("io.pyloom.server", null);
        assertEquals("Pyloom server", form.getName());
        Map<String, AttributeDefinition> fields = new TreeMap<>();
        for (AttributeDefinition field : form.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            fields.put(field.getID(), field);
            assertTrue(field.getID() + " has a description", field.getDescription() != null && field.getDescription().length() > 20);
        }
        assertEquals(List.of("apps", "cache", "headers", "interpreters", "path", "plugins", "port", "wheels"),
                new ArrayList<>(fields.keySet()));
        assertEquals(AttributeDefinition.INTEGER, fields.get("port").getType());
        assertEquals(List.of("0"), Arrays.asList(fields.get("port").getDefaultValue()));
        assertEquals(List.of("/"), Arrays.asList(fields.get("path").getDefaultValue()));
        assertTrue("headers is a list", fields.get("headers").getCardinality() > 1);
        // The form checks a port the way the server does.
        assertTrue(fields.get("port").validate("70000").length() > 0);
        assertEquals("", fields.get("port").validate("8080"));
    }

    @Test
    public void aBadValueThroughConfigurationAdminIsRefusedInTheLogAndTheLastGoodOneStays() throws Exception {
        configure();
        try (CapturedLog log = new CapturedLog()) {
            var configuration = configurations.getConfiguration("io.pyloom.server", "?");
            Hashtable<String, Object> settings = new Hashtable<>();
            var current = configuration.getProperties();
            for (String key : java.util.Collections.list(current.keys())) {
                settings.put(key, current.get(key));
            }
            settings.put("path", "portal python");
            settings.put("headers", new String[] { "Referrer-Policy no-referrer" });
            settings.put("interpreters", "ftp://elsewhere/{file}");
            configuration.update(settings);
            String refusal = log.await("keeping '/portal/python'");
            assertTrue(refusal, refusal.contains("Refusing the setting path of io.pyloom.server: path needs a path like "
                    + "/portal/python, not 'portal python'; keeping '/portal/python'"));
            assertTrue(refusal, refusal.contains("Refusing the setting headers of io.pyloom.server: headers "
                    + "'Referrer-Policy no-referrer': a header is 'Name: value'; keeping 'Referrer-Policy: same-origin'"));
            assertTrue(refusal, refusal.contains("Refusing the setting interpreters of io.pyloom.server: interpreters needs a URL"));
            assertEquals("each refusal is said once, not once per component", 1, log.count("Refusing the setting path"));
            HttpResponse<String> plugins = get("/pyloom/api/plugins");
            assertEquals(200, plugins.statusCode());
            assertEquals("same-origin", plugins.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals("still under the last good path", 200, get("/pyloom/core.js?plugins=error").statusCode());
        } finally {
            configure();
        }
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
