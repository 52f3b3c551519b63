package io.pyloom.portals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.Http;
import io.pyloom.it.support.TestPage;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;

/**
 * Pyloom in a real Apache Karaf 4.4, installed from its features repository as an administrator
 * would ({@code feature:repo-add}, {@code feature:install pyloom}), configured in
 * {@code etc/io.pyloom.server.cfg} and {@code etc/org.apache.felix.http.cfg} (the port). Offline: Karaf resolves the bundles from this build's
 * repository folder and the local Maven repository only. Pax Exam runs Karaf as a server, so the
 * test itself stays outside and drives Chromium against it.
 */
public class KarafIT {

    private static final int PORT = Ports.free();

    @ClassRule
    public static final PaxExamServer KARAF = new PaxExamServer();

    private static Browser browser;

    @Configuration
    public Option[] config() {
        String repository = Path.of(System.getProperty("pyloom.repository")).toUri().toString();
        String urls = "etc/org.ops4j.pax.url.mvn.cfg";
        String version = System.getProperty("karaf.version");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven("org.apache.karaf", "apache-karaf", version).type("tar.gz"))
                    .unpackDirectory(new File("target/karaf"))
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            // What bin/karaf passes the JVM on Java 9 and later; Pax Exam starts Karaf without the script.
            new VMOption("--add-reads=java.xml=java.logging"),
            new VMOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
            new VMOption("--patch-module"), new VMOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + version + ".jar"),
            new VMOption("--patch-module"), new VMOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + version + ".jar"),
            new VMOption("--add-opens"), new VMOption("java.base/java.security=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.net=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.lang=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.base/java.util=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
            new VMOption("--add-opens"), new VMOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            new VMOption("--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED"),
            new VMOption("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
            new VMOption("--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"),
            new VMOption("-classpath"),
            new VMOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*" + File.pathSeparator + "lib/endorsed/*"),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            // Offline: no remote repository, this build's bundles as one more default (local) repository.
            editConfigurationFilePut(urls, "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut(urls, "org.ops4j.pax.url.mvn.offline", "true"),
            editConfigurationFilePut(urls, "org.ops4j.pax.url.mvn.defaultRepositories",
                    "file:${karaf.home}/${karaf.default.repository}@id=system.repository@snapshots,"
                            + repository + "@id=pyloom@snapshots"),
            editConfigurationFilePut(urls, "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("org.ops4j.pax.url.mvn.localRepository")),
            // The administrator's configuration, there before the feature is installed.
            editConfigurationFilePut("etc/org.apache.felix.http.cfg", "org.osgi.service.http.port", Integer.toString(PORT)),
            editConfigurationFilePut("etc/io.pyloom.server.cfg", "path", "/python"),
            features(maven("io.pyloom", "pyloom-features", System.getProperty("pyloom.version")).type("xml").classifier("features"),
                    "pyloom"),
        };
    }

    @BeforeClass
    public static void startChromium() {
        browser = new Browser();
    }

    @AfterClass
    public static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    /** This run's Karaf: Pax Exam unpacks each run into a folder of its own. */
    private static Path karafHome() throws java.io.IOException {
        try (var homes = Files.list(Path.of("target/karaf"))) {
            return homes.filter(Files::isDirectory)
                    .max(java.util.Comparator.comparingLong(home -> home.toFile().lastModified())).orElseThrow();
        }
    }

    @Test
    public void aBadValueInTheCfgFileIsRefusedInKarafsLogAndPyloomKeepsServing() throws Exception {
        Ports.await(base() + "/pyloom/api/plugins", 180);
        Path cfg = karafHome().resolve("etc/io.pyloom.server.cfg");
        Path log = karafHome().resolve("data/log/karaf.log");
        String good = Files.readString(cfg);
        try {
            // An administrator's typo, picked up by Karaf's FileInstall from etc/.
            Files.writeString(cfg, good.replaceAll("(?m)^path\\s*=.*$", "path = python pages"));
            String refusal = "Refusing the setting path of io.pyloom.server: path needs a path like /portal/python, "
                    + "not 'python pages'; keeping '/python'";
            long end = System.nanoTime() + 60_000_000_000L;
            while (!Files.readString(log).contains(refusal) && System.nanoTime() < end) {
                Thread.sleep(250);
            }
            assertTrue("karaf.log says why: " + refusal, Files.readString(log).contains(refusal));
            assertEquals("still serving at the last good path", 200,
                    Http.to(base()).get("/pyloom/core.js?plugins=error").statusCode());
        } finally {
            Files.writeString(cfg, good);
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + PORT + "/python";
    }

    @Test
    public void aPageLoadsThroughKarafAndRunsMicroPython() throws Exception {
        Ports.await(base() + "/pyloom/api/plugins", 180);
        try (TestPage page = browser.open()) {
            page.navigate(base() + "/hello-mpy.html").awaitAllDone();
            assertEquals("Hello from MicroPython\nmicropython", page.text("script-py#mpy-0"));
        }
    }

    @Test
    public void thePluginsAndTheConfigurationAreKarafs() throws Exception {
        HttpResponse<String> plugins = Ports.await(base() + "/pyloom/api/plugins", 180);
        for (String plugin : List.of("editor", "error", "pydom", "terminal", "worker")) {
            assertTrue(plugins.body(), plugins.body().contains("\"name\":\"" + plugin + "\""));
        }
        String configured = Files.readString(karafHome().resolve("etc/io.pyloom.server.cfg"));
        assertTrue(configured, configured.contains("path = /python") || configured.contains("path=/python"));
        assertEquals(200, Http.to(base()).get("/pyloom/interpreters/micropython/1.27.0/micropython.mjs").statusCode());
    }
}
