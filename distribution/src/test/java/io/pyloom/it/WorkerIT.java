package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.pyloom.it.support.TestPage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Python in web workers, as the user guide describes it, on both interpreters. */
class WorkerIT extends BrowserIT {

    @BeforeAll
    static void start() throws Exception {
        open("worker-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                pages.page("tag-" + type, null, tagPage(type));
                pages.page("sync-" + type, null, syncPage(type));
            }
            pages.write("data.txt", "from the worker's files");
            for (String type : List.of("py", "mpy")) {
                pages.page("release-" + type, null, "<div id=\"counts\"></div>\n" + script(type, "", """
                        import asyncio
                        from pyscript import PyWorker, display
                        worker = PyWorker("./churn.py", type="%s")
                        await worker.ready
                        before = worker.pageObjects()
                        await worker.churn(500)
                        peak = worker.pageObjects()
                        await worker.collect()
                        await asyncio.sleep(0.5)
                        await worker.touch()
                        display(before, peak, worker.pageObjects(), target="counts")
                        """.formatted(type)));
            }
            pages.write("churn.py", """
                    import gc
                    import js
                    from pyscript import document
                    def churn(count):
                        for i in range(count):
                            element = document.createElement("span")
                            element.textContent = str(i)
                        return count
                    def collect():
                        gc.collect()
                        js.gc()
                    def touch():
                        return document.title
                    __export__ = ["churn", "collect", "touch"]
                    """);
            pages.write("sync-worker.py", """
                    from pyscript import sync, display
                    doubled = sync.double([1, 2, 3])
                    greeting = sync.slow_greeting("worker")
                    with open("data.txt") as f:
                        data = f.read()
                    display(f"{list(doubled)} {greeting.text} {data}", target="result")
                    """);
        });
    }

    /** A named worker tag: DOM access, display, listeners and exports; a main script that uses them. */
    private static String tagPage(String type) {
        return """
                <div id="out"></div><div id="log"></div><div id="main-out"></div>
                <button id="btn">b</button><input id="field" value="v0">
                """ + script(type, "worker name=\"calc-" + type + "\"", """
                from pyscript import document, window, display, RUNNING_IN_WORKER, PyWorker, NotSupported
                import js
                display("in worker:", RUNNING_IN_WORKER, target="out")
                log = document.getElementById("log")
                log.dataset.page = window.location.pathname
                log.dataset.own = str(not hasattr(js, "document"))
                document.getElementById("field").value = "set by worker"
                try:
                    PyWorker("./nothing.py")
                except NotSupported:
                    log.dataset.pyworker = "NotSupported"
                def clicked(event):
                    document.getElementById("log").dataset.clicked = event.type + " " + event.target.id
                document.getElementById("btn").addEventListener("click", clicked)
                def add(a, b):
                    return a + b
                async def greet(name):
                    return {"hello": name}
                __export__ = ["add", "greet"]
                """) + script(type, "", """
                from pyscript import workers, display
                calc = await workers["calc-%s"]
                greeting = await calc.greet("page")
                display(await calc.add(2, 3), greeting.hello, target="main-out")
                """.formatted(type));
    }

    /** PyWorker from Python with its own config, sync functions (plain and async), sync on main. */
    private static String syncPage(String type) {
        String name = type.equals("py") ? "pyodide" : "micropython";
        return "<div id=\"result\"></div><div id=\"main-sync\"></div>\n" + script(type, "", """
                from pyscript import PyWorker, display, sync, NotSupported
                try:
                    sync.anything(1)
                except NotSupported as e:
                    display(str(e), target="main-sync")
                def double(values):
                    return [v * 2 for v in values]
                async def slow_greeting(name):
                    return {"text": "hi " + name}
                worker = PyWorker("./sync-worker.py", type="%s", config={"files": {"./data.txt": ""}})
                worker.sync.double = double
                worker.sync.slow_greeting = slow_greeting
                """.formatted(name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aWorkerTagReachesThePageAndExportsFunctions(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/tag-" + type + ".html")).awaitAllDone();
            Page p = page.page();
            p.waitForSelector("#main-out:not(:empty)", new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertEquals("in worker:True", page.text("#out").replace("\n", ""), page.console().toString());
            assertEquals("/tag-" + type + ".html", p.getAttribute("#log", "data-page"), "window is the page's");
            assertEquals("True", p.getAttribute("#log", "data-own"), "js is the worker's own global");
            assertEquals("NotSupported", p.getAttribute("#log", "data-pyworker"));
            assertEquals("set by worker", p.inputValue("#field"));
            assertEquals("5page", page.text("#main-out").replace("\n", ""), "exports called from the page");
            p.click("#btn");
            p.waitForSelector("#log[data-clicked]", new Page.WaitForSelectorOptions().setTimeout(10_000)
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            assertEquals("click btn", p.getAttribute("#log", "data-clicked"), "the handler ran in the worker");
            assertEquals(0, p.locator(".py-error").count(), page.console().toString());
            List<Map<String, Object>> events = page.events();
            assertTrue(events.stream().anyMatch(e -> (type + ":ready").equals(e.get("name")) && Boolean.TRUE.equals(e.get("worker"))),
                    "the worker tag's ready event says worker: " + events);
            assertTrue(events.stream().anyMatch(e -> (type + ":done").equals(e.get("name")) && Boolean.TRUE.equals(e.get("worker"))),
                    "the worker tag's done event says worker: " + events);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void pyWorkerCallsThePagesSyncFunctions(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/sync-" + type + ".html")).awaitAllDone();
            Page p = page.page();
            p.waitForSelector("#result:not(:empty)", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertEquals("[2, 4, 6] hi worker from the worker's files", page.text("#result"), page.console().toString());
            assertEquals("pyscript.sync is only available in workers, not on the main thread", page.text("#main-sync"));
            assertEquals(0, p.locator(".py-error").count(), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void pageObjectsAreReleasedWhenTheWorkerLetsGoOfThem(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/release-" + type + ".html")).awaitAllDone();
            page.page().waitForSelector("#counts:not(:empty)", new Page.WaitForSelectorOptions().setTimeout(60_000));
            String[] counts = page.text("#counts").split("\\s+");
            int before = Integer.parseInt(counts[0]);
            int peak = Integer.parseInt(counts[1]);
            int after = Integer.parseInt(counts[2]);
            assertTrue(peak >= before + 500, "each new element is held while the worker may use it: " + page.text("#counts"));
            assertTrue(after < before + 50, "released once collected in the worker: " + page.text("#counts")
                    + " " + page.console());
        }
    }
}
