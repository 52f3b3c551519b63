package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Worker;
import io.pyloom.it.support.TestPage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker tag's worker starts with core.js's boot, and a PyWorker()/MPWorker() call's at the
 * call, beside the page's kernel; each is the one its script then runs in, and fetches its script
 * once. One the kernel does not take (its tag was taken out of the page) is stopped once the page
 * is done.
 */
class EarlyWorkerIT extends BrowserIT {

    private static final String RAN = """
            from pyscript import document
            document.getElementById("out").textContent = "ran in its worker"
            """;

    @BeforeAll
    static void start() throws Exception {
        open("early-worker-it", pages -> {
            pages.page("tag", null, "<div id=\"out\"></div>"
                    + script("mpy", "worker config='{\"interpreter\": \"1.27.0\"}'", RAN));
            pages.page("named", null, "<div id=\"out\"></div>" + script("mpy", "worker name=\"named-one\"", RAN));
            pages.write("ran.py", RAN);
            pages.page("call", null, "<div id=\"out\"></div><script type=\"module\">import { MPWorker } from \"/pyloom/core.js\";\n"
                    + "window.__ready = MPWorker(\"./ran.py\", { config: { interpreter: \"1.27.0\" } }).then(() => \"ready\");"
                    + "</script>");
            pages.page("tag-src", null, "<div id=\"out\"></div>" + "<script type=\"mpy\" worker src=\"./ran.py\"></script>");
            // a page module that takes the worker tag out before the kernel comes to it
            pages.page("removed", null, "<div id=\"out\"></div>" + script("mpy", "worker", RAN)
                    + script("mpy", "", "pass") + "<script type=\"module\">document.querySelector('script[worker]').remove();</script>");
        });
    }

    private static double pageTimeOf(TestPage page, Worker worker) {
        double pageOrigin = ((Number) page.page().evaluate("() => performance.timeOrigin")).doubleValue();
        return ((Number) worker.evaluate("() => performance.timeOrigin")).doubleValue() - pageOrigin;
    }

    @Test
    void theWorkerStartsBeforeThePagesKernelAndTheTagRunsInIt() {
        for (String name : List.of("tag", "named")) {
            try (TestPage page = browser.open()) {
                page.navigate(server.url("/" + name + ".html")).awaitAllDone();
                page.page().waitForFunction("() => document.getElementById('out').textContent !== ''");
                assertEquals("ran in its worker", page.text("#out"), page.console().toString());
                List<Worker> workers = page.page().workers();
                assertEquals(1, workers.size(), "one worker: the early one was taken, " + name);
                double kernel = ((Number) page.page().evaluate(
                        "() => performance.getEntriesByName('pyloom:kernel')[0].startTime")).doubleValue();
                assertTrue(pageTimeOf(page, workers.get(0)) < kernel,
                        "started at " + pageTimeOf(page, workers.get(0)) + " ms, the page's kernel at " + kernel);
            }
        }
    }

    @Test
    void aCallsWorkerStartsAtTheCallAndFetchesItsScriptOnce() {
        for (String name : List.of("call", "tag-src")) {
            try (TestPage page = browser.open()) {
                page.navigate(server.url("/" + name + ".html"));
                page.page().waitForFunction("() => document.getElementById('out').textContent !== ''");
                assertEquals("ran in its worker", page.text("#out"), page.console().toString());
                if (name.equals("call")) {
                    assertEquals("ready", page.page().evaluate("() => window.__ready"));
                }
                List<Worker> workers = page.page().workers();
                assertEquals(1, workers.size(), "one worker: the early one was taken, " + name);
                double kernel = ((Number) page.page().waitForFunction(
                        "() => performance.getEntriesByName('pyloom:kernel')[0]?.startTime").jsonValue()).doubleValue();
                assertTrue(pageTimeOf(page, workers.get(0)) < kernel,
                        "started at " + pageTimeOf(page, workers.get(0)) + " ms, the page's kernel at " + kernel);
                assertEquals(1, ((Number) workers.get(0).evaluate("() => performance.getEntriesByType('resource')"
                        + ".filter(r => r.name.endsWith('/ran.py')).length")).intValue(), "its script fetched once, " + name);
            }
        }
    }

    @Test
    void aWorkerTheKernelDoesNotTakeIsStoppedOnceThePageIsDone() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/removed.html")).awaitAllDone();
            page.page().waitForCondition(() -> page.page().workers().isEmpty());
            assertEquals("", page.text("#out"));
        }
    }
}
