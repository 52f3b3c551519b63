package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.it.support.Browser;
import io.pyloom.it.support.CommandLine;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.StaticHost;
import io.pyloom.it.support.TestPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code assemble} writes a site that works from a plain static file server, without Pyloom's
 * server: both interpreters, a TOML config file (written as JSON), inline TOML (the browser's
 * parser, from the site), pydom, and core.js pinned by its Subresource Integrity.
 */
class AssembleIT extends BrowserIT {

    private static final Path APPS = Path.of("target/it-pages/assemble-apps").toAbsolutePath();
    private static final Path SITE = Path.of("target/it-pages/assembled").toAbsolutePath();
    private static CommandLine.Run assembly;

    @BeforeAll
    static void assemble() throws Exception {
        PyloomServer.deleteTree(SITE);
        Files.createDirectories(APPS.resolve("sub"));
        Files.writeString(APPS.resolve("app.toml"), "greeting = \"from a TOML file\"\n[files]\n\"data.txt\" = \"\"\n");
        Files.writeString(APPS.resolve("data.txt"), "data");
        String head = "<!doctype html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"pyloom/core.css\">"
                + "<script type=\"module\" src=\"pyloom/core.js\"></script></head><body>\n";
        Files.writeString(APPS.resolve("mpy.html"), head + """
                <p class="item">a</p><p class="item">b</p><div id="out"></div>
                <script type="mpy" config="app.toml">
                from pyscript import config, display
                from pyweb import pydom
                with open("data.txt") as f:
                    data = f.read()
                display(config["greeting"], data, len(pydom[".item"]), target="out")
                </script></body></html>
                """);
        Files.writeString(APPS.resolve("sub/py.html"), head.replace("pyloom/", "../pyloom/") + """
                <py-config>
                answer = 42
                </py-config>
                <div id="out"></div>
                <script type="py">
                from pyscript import config, display
                display("py", config["answer"], target="out")
                </script></body></html>
                """);
        assembly = CommandLine.run("assemble", "--plugins", "error,pydom", "--out", SITE.toString(), "--apps", APPS.toString());
        System.out.println(assembly.output().lines().filter(l -> l.startsWith("Assembled")).findFirst().orElse(""));
        browser = new Browser();
        host = new StaticHost(SITE);
    }

    @Test
    void theCommandReportsItsProgressAndTheSite() throws Exception {
        assertEquals(0, assembly.status(), assembly.output());
        assertTrue(assembly.output().contains("Composing core.js with plugins [error, pydom] ..."), assembly.output());
        assertTrue(assembly.output().contains("Copying interpreters/ ..."), assembly.output());
        assertTrue(assembly.output().contains("Wrote 1 TOML config(s) as JSON"), assembly.output());
        assertTrue(assembly.output().contains("Assembled " + SITE), assembly.output());
        JsonNode toml = new ObjectMapper().readTree(Files.readString(SITE.resolve("app.toml")));
        assertEquals("from a TOML file", toml.get("greeting").asText(), "the TOML config became JSON");
        for (String file : new String[] { "pyloom/core.js", "pyloom/core.css", "pyloom/coi.js", "pyloom/integrity.json",
                "pyloom/interpreters/micropython/1.27.0/micropython.wasm", "pyloom/interpreters/pyodide/314.0.7/pyodide.mjs",
                "pyloom/vendor/smol-toml/1.9.1/dist/parse.js", "data.txt", "sub/py.html" }) {
            assertTrue(Files.isRegularFile(SITE.resolve(file)), file);
        }
    }

    @Test
    void aMicroPythonPageRunsFromAPlainStaticServer() {
        try (TestPage page = browser.open()) {
            page.navigate(host.url("/mpy.html")).awaitAllDone();
            assertEquals("from a TOML file\ndata\n2", page.text("#out").strip(), page.console().toString());
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
        }
    }

    @Test
    void aPyodidePageWithInlineTomlRunsFromAPlainStaticServer() {
        try (TestPage page = browser.open()) {
            page.navigate(host.url("/sub/py.html")).awaitAllDone();
            assertEquals("py\n42", page.text("#out").strip(), page.console().toString());
        }
    }

    @Test
    void coreJsCanBePinnedByItsIntegrity() throws Exception {
        JsonNode integrity = new ObjectMapper().readTree(Files.readString(SITE.resolve("pyloom/integrity.json")));
        byte[] js = Files.readAllBytes(SITE.resolve("pyloom/" + integrity.get("js").asText()));
        String expected = "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(js));
        assertEquals(expected, integrity.get("jsIntegrity").asText());
        Files.writeString(SITE.resolve("pinned.html"), "<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<script type=\"module\" src=\"pyloom/" + integrity.get("js").asText() + "\" integrity=\""
                + integrity.get("jsIntegrity").asText() + "\" crossorigin=\"anonymous\"></script></head><body>"
                + "<div id=\"out\"></div><script type=\"mpy\">\nfrom pyscript import display\ndisplay('pinned', target='out')\n"
                + "</script></body></html>");
        String wrong = integrity.get("jsIntegrity").asText().substring(0, 20) + "AAAA" + integrity.get("jsIntegrity").asText().substring(24);
        Files.writeString(SITE.resolve("tampered.html"), Files.readString(SITE.resolve("pinned.html"))
                .replace(integrity.get("jsIntegrity").asText(), wrong));
        try (TestPage page = browser.open()) {
            page.navigate(host.url("/pinned.html")).awaitAllDone();
            assertEquals("pinned", page.text("#out"));
        }
        try (TestPage page = browser.open()) {
            page.navigate(host.url("/tampered.html"));
            // The browser refuses the module and says why; nothing of core.js runs.
            page.page().waitForCondition(() -> page.console().stream().anyMatch(line -> line.contains("integrity")),
                    new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(10_000));
            assertEquals("", page.text("#out"), "a wrong hash stops core.js: " + page.console());
        }
    }
}
