package io.pyloom.it;

import static io.pyloom.it.support.PageEvents.names;
import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.it.support.TestPage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pyscript module and the tags' attributes, on both interpreters, on the main thread. */
class ApiIT extends BrowserIT {

    @BeforeAll
    static void start() throws Exception {
        open("api-it", pages -> {
            pages.write("data.json", "{\"answer\": 42}");
            pages.write("greet.mjs", "export const greet = (name) => `hello ${name}`;\n");
            pages.write("lib.mjs", "export const six = () => 6;\n");
        });
    }

    /** Python that checks many things and displays {"name": result} as JSON into #results. */
    private static final String CHECKS = """
            import json
            import pyscript
            from pyscript import HTML, config, context, current_target, display, document, ffi, window
            from pyscript import fetch, js_import, RUNNING_IN_WORKER

            results = {}
            results["current_target"] = current_target()
            results["display_target"] = context.display_target
            results["in_worker"] = RUNNING_IN_WORKER
            results["context_in_worker"] = context.RUNNING_IN_WORKER
            results["type"] = config["type"]
            results["context_type"] = context.config["type"]
            results["current_script"] = document.currentScript.id

            class Rich:
                def _repr_html_(self):
                    return "<i>rich</i>"
                def _repr_svg_(self):
                    return "<svg id='svg'></svg>"

            class Png:
                def _repr_png_(self):
                    return b"\\x89PNG"

            class Bundle:
                def _repr_mimebundle_(self):
                    return {"text/x-unknown": "no", "text/html": "<u>bundled</u>", "text/plain": "plain"}

            class Plain:
                def __repr__(self):
                    return "<Plain & simple>"

            display("<b>not bold</b>", target="text")
            display(HTML("<b>bold</b>"), target="#html")
            display(Rich(), target="svg-first")
            display(Png(), target="png")
            display(Bundle(), target="bundle")
            display(Plain(), target="plain")
            display("one", "two", target="many")
            display("old", target="replace")
            display("new", target="replace", append=False)
            display("", target="empty")
            try:
                display("x", target="nowhere")
            except ValueError as e:
                results["missing_target"] = str(e)

            results["to_js_keys"] = list(window.Object.keys(ffi.to_js({"a": 1, "b": 2})))
            results["is_none"] = [ffi.is_none(None), ffi.is_none(window.JSON.parse("null")), ffi.is_none(0)]
            results["new"] = window.Date.new(86400000).getTime()
            callback = ffi.create_proxy(lambda x: x * 2)
            results["proxy"] = window.Function.new("f", "return f(21)")(callback)

            response = await fetch("data.json")
            results["fetch_ok"] = [response.ok, response.status]
            results["fetch_json"] = await response.json()
            results["fetch_text"] = await fetch("data.json").text()
            results["fetch_bytes"] = len(await fetch("data.json").bytearray())

            greet, = await js_import("./greet.mjs")
            results["js_import"] = greet.greet("py")
            from pyscript.js_modules import lib
            results["js_modules"] = lib.six()
            from pyscript.js_modules.lib import six
            results["js_modules_dotted"] = six()
            try:
                pyscript.sync.anything
            except pyscript.NotSupported as e:
                results["sync"] = str(e)

            display(json.dumps(results), target="results")
            """;

    private static final String TARGETS = """
            <div id="text"></div><div id="html"></div><div id="svg-first"></div><div id="png"></div>
            <div id="bundle"></div><div id="plain"></div><div id="many"></div><div id="replace"></div>
            <div id="empty"></div><div id="results"></div>
            """;

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void thePyscriptModule(String type) throws Exception {
        String config = "config='{\"js_modules\": {\"main\": {\"./lib.mjs\": \"lib\"}}}'";
        String path = pages.page(type + "-api", null, TARGETS + script(type, "id=\"checks\" " + config, CHECKS));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
            JsonNode r = new ObjectMapper().readTree(page.text("#results"));
            assertEquals(type + "-0", r.get("current_target").asText());
            assertEquals(type + "-0", r.get("display_target").asText());
            assertEquals(false, r.get("in_worker").asBoolean());
            assertEquals(false, r.get("context_in_worker").asBoolean());
            assertEquals(type, r.get("type").asText());
            assertEquals(type, r.get("context_type").asText());
            assertEquals("checks", r.get("current_script").asText(), "document.currentScript is the running tag");
            assertEquals("Cannot find element with id='nowhere' in the page.", r.get("missing_target").asText());
            assertEquals("[\"a\",\"b\"]", r.get("to_js_keys").toString());
            assertEquals("[true,true,false]", r.get("is_none").toString());
            assertEquals(86400000, r.get("new").asLong());
            assertEquals(42, r.get("proxy").asInt());
            assertEquals("[true,200]", r.get("fetch_ok").toString());
            assertEquals("{\"answer\":42}", r.get("fetch_json").toString());
            assertEquals("{\"answer\": 42}", r.get("fetch_text").asText());
            assertEquals(14, r.get("fetch_bytes").asInt());
            assertEquals("hello py", r.get("js_import").asText());
            assertEquals(6, r.get("js_modules").asInt());
            assertEquals(6, r.get("js_modules_dotted").asInt(), "from pyscript.js_modules.NAME import x, as PyScript allows");
            assertEquals("pyscript.sync is only available in workers, not on the main thread", r.get("sync").asText());

            assertEquals("<div>&lt;b&gt;not bold&lt;/b&gt;</div>", page.page().innerHTML("#text"), "a str is text");
            assertEquals("<div><b>bold</b></div>", page.page().innerHTML("#html"));
            assertEquals("<div><svg id=\"svg\"></svg></div>", page.page().innerHTML("#svg-first"), "svg before html");
            assertEquals("<div><img src=\"data:image/png;base64,iVBORw==\"></div>", page.page().innerHTML("#png"));
            assertEquals("<div><u>bundled</u></div>", page.page().innerHTML("#bundle"), "first known type of the bundle");
            assertEquals("<div>&lt;Plain &amp; simple&gt;</div>", page.page().innerHTML("#plain"));
            assertEquals("<div>one</div><div>two</div>", page.page().innerHTML("#many"));
            assertEquals("new", page.page().innerHTML("#replace"), "append=False replaces");
            assertEquals("", page.page().innerHTML("#empty"), "empty output adds nothing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void whenHandlesEvents(String type) {
        String code = """
                from pyscript import display, when

                @when("click", "#with-event")
                def with_event(event):
                    display(f"clicked {event.target.id}", target="out")

                @when("click", "#without-event")
                def without_event():
                    display("no event", target="out")

                @when("click", "#async")
                async def later(event):
                    import asyncio
                    await asyncio.sleep(0.01)
                    display("async", target="out")

                @when("mouseover", "#stacked")
                @when("click", "#stacked")
                def stacked(event):
                    display(f"stacked {event.type}", target="out")

                @when("click", ".many", once=True)
                def once(event):
                    display(f"once {event.target.id}", target="out")

                from pyscript import Event
                finished = Event()

                @when(finished)
                def on_finished(result):
                    display(f"event {result}", target="custom")

                @when("click", "#trigger")
                def trigger():
                    finished.trigger("fired")

                try:
                    when("click")
                except ValueError as e:
                    display(str(e), target="errors")
                try:
                    when("click", "#nowhere")
                except ValueError as e:
                    display(str(e), target="errors")
                """;
        String path = pages.page(type + "-when", null, """
                <button id="with-event">1</button><button id="without-event">2</button><button id="async">3</button>
                <button id="stacked">4</button><button id="m1" class="many">5</button><button id="m2" class="many">6</button>
                <button id="trigger">7</button><div id="custom"></div>
                <div id="out"></div><div id="errors"></div>
                """ + script(type, "", code));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            for (String id : List.of("#with-event", "#without-event", "#async", "#stacked", "#m1", "#m1", "#m2")) {
                page.page().click(id);
            }
            page.page().hover("#stacked");
            page.page().click("#trigger");
            page.page().waitForFunction("() => document.getElementById('custom').textContent === 'event fired'");
            page.page().waitForFunction("() => document.querySelectorAll('#out div').length >= 7");
            List<String> out = page.page().locator("#out div").allInnerTexts();
            assertEquals(List.of("clicked with-event", "no event"), out.subList(0, 2));
            assertTrue(out.containsAll(List.of("async", "stacked click", "stacked mouseover", "once m1", "once m2")), out.toString());
            assertEquals(1, out.stream().filter("once m1"::equals).count(), "once=True: " + out);
            assertEquals(List.of("Selector required for DOM event handling.", "No elements found for selector: #nowhere"),
                    page.page().locator("#errors div").allInnerTexts());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void aPyScriptTagWithSrcIsItsOwnTarget(String type) {
        pages.write(type + "-tag.py", "from pyscript import display\ndisplay('from src')\n");
        String path = pages.page(type + "-tag-src", null, "<" + type + "-script src=\"" + type + "-tag.py\"></" + type + "-script>");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals("from src", page.text(type + "-script"));
            assertEquals(type + "-0", page.page().getAttribute(type + "-script", "id"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void attributesAndLateScripts(String type) {
        String path = pages.page(type + "-attributes", null, "<div class=\"by-selector\"></div>\n"
                + script(type, "target=\".by-selector\"", "from pyscript import display\ndisplay('selected')\n")
                + script(type, "async=\"false\"", "from pyscript import display\ndisplay('sync')\n")
                + script(type, "src=\"data.json\"", "print('inline too')\n"));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals("selected", page.text(".by-selector"));
            assertEquals(type + "-0", page.page().getAttribute(".by-selector", "id"), "a target without id gets one");
            assertEquals("sync", page.text("#" + type + "-1"));
            assertTrue(page.page().locator(".py-error").textContent().startsWith(
                    "(PY0409): Invalid content: a script with a src attribute must have no code of its own, for <script type=\""
                            + type + "\" src=\"data.json\">"), page.page().locator(".py-error").textContent());
            page.page().evaluate("type => { const s = document.createElement('script'); s.type = type;"
                    + " s.textContent = 'from pyscript import display\\ndisplay(\"late\")'; document.body.append(s); }", type);
            page.page().waitForFunction("() => [...document.querySelectorAll('script-py')].some(e => e.textContent === 'late')");
            List<Object> events = names(page.events());
            assertEquals(type + ":done", events.get(events.size() - 1), "the late script sent its own done: " + events);
        }
    }
}
