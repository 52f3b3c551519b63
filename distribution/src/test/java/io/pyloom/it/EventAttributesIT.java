package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.TestPage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Event attributes as PyScript wires them: py-click="handler" / mpy-EVENT call the named Python
 * function with the event, dotted names and async handlers too, on elements present at start and
 * added later; a form control waits, disabled, for its interpreter; a name that finds nothing and
 * an interpreter the page does not have are clear errors in the banner.
 */
class EventAttributesIT extends BrowserIT {

    private static final String HANDLERS = """
            from pyscript import display, document

            def clicked(event):
                display(f"{event.type} on {event.target.id}", target="out", append=True)

            class Handlers:
                async def typed(self, event):
                    display(f"{event.type} {event.target.value}", target="out", append=True)

            ns = Handlers()

            later = document.createElement("button")
            later.id = "later"
            later.setAttribute("TYPE-click", "clicked")
            document.body.append(later)
            """;

    @BeforeAll
    static void start() throws Exception {
        open("event-attributes-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                // Watches the button's disabled attribute from before core.js runs.
                String watch = "<script>new MutationObserver(() => (window.__disabled ??= []).push("
                        + "document.getElementById('b').disabled)).observe(document.getElementById('b'),"
                        + " { attributes: true, attributeFilter: ['disabled'] });</script>";
                pages.page(type + "-events", null, "<button id=\"b\" " + type + "-click=\"clicked\">b</button>"
                        + "<button id=\"kept\" disabled " + type + "-click=\"clicked\">kept</button>"
                        + "<input id=\"i\" " + type + "-input=\"ns.typed\">" + watch + "<div id=\"out\"></div>"
                        + script(type, "", HANDLERS.replace("TYPE", type)));
                pages.page(type + "-unknown-handler", null, "<button id=\"b\" " + type + "-click=\"nope\">b</button>"
                        + script(type, "", "x = 1\n"));
                String other = type.equals("py") ? "mpy" : "py";
                pages.page(type + "-other-interpreter", null, "<button id=\"b\" " + other + "-click=\"clicked\">b</button>"
                        + script(type, "", "def clicked(event):\n    pass\n"));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void handlersGetTheEventDottedAsyncAndOnElementsAddedLater(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-events.html")).awaitAllDone();
            page.page().click("#b");
            page.page().fill("#i", "hi");
            page.page().click("#later");
            page.page().waitForFunction("() => document.getElementById('out').textContent.includes('click on later')");
            assertEquals(List.of("click on b", "input hi", "click on later"),
                    page.page().locator("#out > div").allTextContents(), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aFormControlWaitsDisabledForItsInterpreterAndOneThePageDisabledStaysSo(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-events.html")).awaitAllDone();
            page.page().waitForFunction("() => !document.getElementById('b').disabled");
            assertEquals(List.of(true, false), page.page().evaluate("() => window.__disabled"));
            assertEquals(true, page.page().evaluate("() => document.getElementById('kept').disabled"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aNameThatFindsNothingIsAnErrorInTheBanner(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-unknown-handler.html")).awaitAllDone();
            page.page().click("#b");
            String banner = page.text(".py-error");
            assertTrue(banner.contains(type + "-click=\"nope\": nope names nothing in this page's Python"), banner);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void anInterpreterThePageDoesNotHaveIsNamed(String type) {
        String other = type.equals("py") ? "mpy" : "py";
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-other-interpreter.html")).awaitAllDone();
            page.page().click("#b");
            String banner = page.text(".py-error");
            assertTrue(banner.contains("The interpreter \"" + other + "\" was not found. Available interpreters are: \""
                    + type + "\"."), banner);
        }
    }
}
