package io.pyloom.it;

import static io.pyloom.it.support.PageEvents.names;
import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.TestPage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration as the user guide writes it: JSON or TOML, attribute or tag, and the bad cases. */
class ConfigIT extends BrowserIT {

    /** Python that shows what reached pyscript.config. */
    private static final String SHOW = """
            from pyscript import config, display
            display(config["type"], config.get("answer"), config.get("nested", {}).get("deep"))
            """;

    @BeforeAll
    static void start() throws Exception {
        open("config-it", pages -> {
            pages.write("conf.json", "{\"answer\": 42, \"nested\": {\"deep\": \"json file\"}}");
            pages.write("conf.toml", "answer = 42\n[nested]\ndeep = \"toml file\"\n");
            pages.write("broken.toml", "answer = \n");
            pages.write("list.json", "[1, 2]");
            pages.write("my-toml.js", "export const parse = (text) => ({ answer: text.length, nested: { deep: 'own parser' } });");
        });
    }

    /** Opens the page and returns its output; requests for the TOML parser are counted. */
    private static String run(String path, List<String> requests) {
        try (TestPage page = browser.open()) {
            page.page().onRequest(request -> requests.add(request.url()));
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
            return page.page().locator("script-py").last().innerText();
        }
    }

    private static String failure(String path) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            List<Object> events = names(page.events());
            assertEquals("py:all-done", events.get(events.size() - 1));
            return page.page().locator(".py-error").textContent(); // textContent: no core.css here
        }
    }

    private static boolean loadedTomlParser(List<String> requests) {
        return requests.stream().anyMatch(url -> url.contains("/pyloom/vendor/smol-toml/"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void inlineJsonInTheConfigAttribute(String type) {
        List<String> requests = new CopyOnWriteArrayList<>();
        String page = pages.page(type + "-inline-json", null,
                script(type, "config='{\"answer\": 42, \"nested\": {\"deep\": \"inline\"}}'", SHOW));
        assertEquals(type + "\n42\ninline", run(page, requests));
        assertFalse(loadedTomlParser(requests), "JSON pages never load the TOML parser");
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void aTomlFileIsConvertedByTheServer(String type) {
        List<String> requests = new CopyOnWriteArrayList<>();
        String page = pages.page(type + "-toml-file", null, script(type, "config=\"conf.toml\"", SHOW));
        assertEquals(type + "\n42\ntoml file", run(page, requests));
        assertFalse(loadedTomlParser(requests), "the server turned the TOML into JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void inlineTomlInAConfigTagIsParsedInTheBrowser(String type) {
        List<String> requests = new CopyOnWriteArrayList<>();
        String page = pages.page(type + "-toml-tag", null, "<" + type + "-config>\nanswer = 42\n[nested]\ndeep = \"toml tag\"\n</"
                + type + "-config>\n" + script(type, "", SHOW));
        assertEquals(type + "\n42\ntoml tag", run(page, requests));
        assertTrue(loadedTomlParser(requests), "inline TOML needs the browser's parser");
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void aWorkerTagWithoutAConfigAttributeTakesThePagesConfigOfItsType(String type) {
        String report = "from pyscript import config, window\n"
                + "window.document.body.setAttribute('data-WHO', str(config.get('answer')))\n";
        String path = pages.page(type + "-worker-page-config", null, "<" + type + "-config>{\"answer\": 42}</" + type + "-config>\n"
                + script(type, "worker", report.replace("WHO", "inherits"))
                + script(type, "worker config='{\"answer\": 7}'", report.replace("WHO", "own")));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            page.page().waitForSelector("body[data-inherits][data-own]", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED).setTimeout(30_000));
            assertEquals("42", page.page().getAttribute("body", "data-inherits"), page.console().toString());
            assertEquals("7", page.page().getAttribute("body", "data-own"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void aConfigParserAttributeNamesThePagesOwnTomlModule(String type) {
        String page = pages.page(type + "-config-parser", null, "<" + type + "-config config-parser=\"./my-toml.js\">"
                + "answer = 42</" + type + "-config>\n" + script(type, "", SHOW));
        assertEquals(type + "\n11\nown parser", run(page, new CopyOnWriteArrayList<>()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void aConfigParserThatCannotLoadGivesWayToPyloomsOwnWithAWarning(String type) {
        String path = pages.page(type + "-config-parser-offline", null, "<" + type
                + "-config config-parser=\"./no-such-parser.js\">\nanswer = 42\n[nested]\ndeep = \"toml tag\"\n</"
                + type + "-config>\n" + script(type, "", SHOW));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals(type + "\n42\ntoml tag", page.page().locator("script-py").last().innerText());
            assertTrue(page.console().stream().anyMatch(line -> line.startsWith("warning: Pyloom: the config-parser ")
                    && line.contains("no-such-parser.js is not used (it did not load")), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "auto", "off" })
    void experimentalCreateProxyAutoKeepsPythonCallbacksAlive(String mode) {
        String path = pages.page("create-proxy-" + mode, null, """
                <button id="b">b</button><div id="out"></div>
                <py-config>%s</py-config>
                <script type="py">
                import js
                def clicked(event):
                    js.document.getElementById("out").textContent = "clicked " + event.type
                js.document.getElementById("b").addEventListener("click", clicked)
                </script>
                """.formatted(mode.equals("auto") ? "experimental_create_proxy = \"auto\"" : ""));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            page.page().click("#b");
            if (mode.equals("auto")) {
                page.page().waitForFunction("() => document.getElementById('out').textContent !== ''");
                assertEquals("clicked click", page.text("#out"), page.console().toString());
                page.page().click("#b"); // the same lasting proxy, not one per call
                assertEquals("clicked click", page.text("#out"), page.console().toString());
            } else {
                // Pyodide's own behaviour, which the key exists to change.
                page.page().waitForCondition(() -> page.console().stream().anyMatch(line -> line.contains(
                        "This borrowed proxy was automatically destroyed")));
                assertEquals("", page.text("#out"));
            }
        }
    }

    @Test
    void aWrongValueOfPyscriptsOwnKeysIsNamed() {
        String path = pages.page("bad-packages-cache", null,
                "<py-config>packages_cache = \"sometimes\"</py-config>\n" + script("py", "", "x = 1"));
        assertEquals("(PY1000): Invalid config: packages_cache must be \"all\", \"never\" or \"passthrough\", not"
                + " \"sometimes\"", failure(path));
    }

    @Test
    void aJsonFileInAConfigTagsSrc() {
        String page = pages.page("json-tag-src", null, "<mpy-config src=\"conf.json\"></mpy-config>\n" + script("mpy", "", SHOW));
        assertEquals("mpy\n42\njson file", run(page, new CopyOnWriteArrayList<>()));
    }

    @Test
    void scriptsSharingOneConfigAttributeAreFine() {
        String page = pages.page("same-config", null, script("mpy", "config=\"conf.json\"", "x = 1\n")
                + script("mpy", "config=\"conf.json\"", SHOW));
        assertEquals("mpy\n42\njson file", run(page, new CopyOnWriteArrayList<>()));
    }

    @Test
    void aHostedInterpreterVersionAndAModuleUrlBothLoad() {
        String version = pages.page("interpreter-version", null,
                script("mpy", "config='{\"interpreter\": \"1.27.0\"}'", "from pyscript import display\ndisplay('v')\n"));
        assertEquals("v", run(version, new CopyOnWriteArrayList<>()));
        String url = pages.page("interpreter-url", null, script("mpy",
                "config='{\"interpreter\": \"/pyloom/interpreters/micropython/1.27.0/micropython.mjs\"}'",
                "from pyscript import display\ndisplay('u')\n"));
        assertEquals("u", run(url, new CopyOnWriteArrayList<>()));
    }

    @Test
    void bangErrorKeepsErrorsOffThePageButOnTheConsole() {
        String path = pages.page("bang-error", null,
                script("mpy", "config='{\"plugins\": [\"!error\"]}'", "raise ValueError('console only')\n"));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals(0, page.page().locator(".py-error").count());
            assertTrue(page.console().stream().anyMatch(l -> l.contains("ValueError: console only")), page.console().toString());
        }
    }

    @Test
    void bangPydomLeavesPyWebOutOfTheInterpreter() {
        String page = pages.page("bang-pydom", null, script("mpy", "config='{\"plugins\": [\"!pydom\"]}'", """
                from pyscript import display
                try:
                    import pyweb
                    display("pyweb is there")
                except ImportError:
                    display("no pyweb")
                """));
        assertEquals("no pyweb", run(page, new CopyOnWriteArrayList<>()));
    }

    @Test
    void tooManyConfigTags() {
        String page = pages.page("too-many", null,
                "<mpy-config>{}</mpy-config><mpy-config>{}</mpy-config>" + script("mpy", "", "x = 1\n"));
        assertEquals("(PY0409): Too many mpy-config", failure(page));
    }

    @Test
    void aTagAndAnAttributeAreAmbiguous() {
        String page = pages.page("ambiguous", null, "<py-config>{}</py-config>" + script("py", "config=\"conf.json\"", "x = 1\n"));
        assertEquals("(PY0409): Ambiguous py-config VS config attribute", failure(page));
    }

    @Test
    void differentConfigAttributesOnMain() {
        String page = pages.page("different", null,
                script("mpy", "config=\"conf.json\"", "x = 1\n") + script("mpy", "config=\"conf.toml\"", "x = 2\n"));
        assertEquals("(PY0409): Unable to use different configs on main", failure(page));
    }

    @Test
    void invalidInlineJsonNamesTheProblemAndRunsNothing() {
        String page = pages.page("invalid-json", null,
                "<div id=\"ran\"></div>" + script("mpy", "config='{\"answer\": }'", "import js\njs.document.getElementById('ran').textContent = 'ran'\n"));
        String message = failure(page);
        assertTrue(message.startsWith("(PY1000): Invalid JSON\n"), message);
        try (TestPage p = browser.open()) {
            p.navigate(server.url(page)).awaitAllDone();
            assertEquals("", p.text("#ran"), "the code must not run with a broken config");
        }
    }

    @Test
    void invalidTomlFileIsReportedWithTomljsPosition() {
        String message = failure(pages.page("invalid-toml", null, script("mpy", "config=\"broken.toml\"", "x = 1\n")));
        assertTrue(message.startsWith("(PY1000): Invalid TOML @ " + server.url("/broken.toml") + "\n"), message);
        assertTrue(message.contains("line 1"), message);
    }

    @Test
    void aRepeatedJsonKeyIsRefusedRatherThanSilentlyLost() {
        String message = failure(pages.page("repeated-key", null,
                script("mpy", "config='{\"nested\": {\"a\": 1, \"a\": 2}}'", "x = 1\n")));
        assertEquals("(PY1000): Invalid JSON: the key \"a\" appears twice in nested", message);
    }

    @Test
    void aDuplicatedPlaceholderIsNamed() {
        String message = failure(pages.page("duplicated-placeholder", null,
                script("mpy", "config='{\"files\": {\"{A}\": \"/x\", \"{A}\": \"/y\", \"{A}/f.py\": \"\"}}'", "x = 1\n")));
        assertEquals("(PY1000): Duplicated placeholder {A} in files", message);
    }

    @Test
    void aMissingConfigFileIsNamed() {
        String message = failure(pages.page("missing-config", null, script("mpy", "config=\"nowhere.json\"", "x = 1\n")));
        assertEquals("(PY1000): Failed to fetch the config " + server.url("/nowhere.json") + ": HTTP 404", message);
    }

    @Test
    void aConfigThatIsAnArrayIsRefused() {
        String message = failure(pages.page("array-config", null, script("mpy", "config=\"list.json\"", "x = 1\n")));
        assertEquals("(PY1000): Invalid config @ " + server.url("/list.json") + ": it must be a table of options, not an array",
                message);
    }

    @Test
    void aPackageThatIsNotANameIsRefused() {
        String message = failure(pages.page("package-number", null,
                script("py", "config='{\"packages\": [\"ok\", 3]}'", "x = 1\n")));
        assertEquals("(PY1000): Invalid config: packages[1] must be a name (a string), not 3", message);
    }

    @Test
    void anUnknownConfigExtensionIsAnInvalidUrl() {
        String message = failure(pages.page("yaml-config", null, script("mpy", "config=\"conf.yaml\"", "x = 1\n")));
        assertEquals("(PY1000): Invalid URL: conf.yaml", message);
    }

    @Test
    void anInterpreterVersionThisServerDoesNotHost() {
        String message = failure(pages.page("unhosted", null,
                script("py", "config='{\"interpreter\": \"0.23.4\"}'", "x = 1\n")));
        assertEquals("(PY1000): The py interpreter version 0.23.4 is not hosted by this server (it hosts 314.0.7): "
                + "name a hosted version, or give the URL of an interpreter module.", message);
    }

    @Test
    void anInterpreterUrlThatFailsIsNamed() {
        String message = failure(pages.page("bad-interpreter-url", null,
                script("mpy", "config='{\"interpreter\": \"/nowhere/micropython.mjs\"}'", "x = 1\n")));
        assertTrue(message.startsWith("Failed to load the mpy interpreter from " + server.url("/nowhere/micropython.mjs") + ": "),
                message);
    }
}
