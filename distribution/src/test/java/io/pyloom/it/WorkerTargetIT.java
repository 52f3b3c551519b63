package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import io.pyloom.it.support.TestPage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * display() in a worker writes where PyScript's does, with no target given: a worker tag gets an id
 * if it has none ({@code TYPE-wN}, counted across types) and an element {@code ID-target} after
 * it; {@code <py-script worker>} writes into itself; a {@code target} attribute names the element.
 */
class WorkerTargetIT extends BrowserIT {

    private static final String SHOW = "from pyscript import display, current_target\ndisplay('from ' + current_target())\n";

    @BeforeAll
    static void start() throws Exception {
        open("worker-target-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                pages.page(type + "-targets", null, script(type, "worker", SHOW)
                        + script(type, "worker id=\"named\"", SHOW)
                        + "<" + type + "-script worker id=\"own\">\n" + SHOW + "</" + type + "-script>\n"
                        + "<div id=\"chosen\"></div>" + script(type, "worker target=\"#chosen\"", SHOW));
            }
            // PyScript numbers a worker tag once its config is read: one with a config file comes later.
            pages.write("w.json", "{}");
            pages.page("numbering", null, script("mpy", "worker config=\"./w.json\"", SHOW) + script("py", "worker", SHOW));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void displayWithoutATargetWritesBesideTheWorkerTag(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-targets.html")).awaitAllDone();
            Locator chosen = page.page().locator("#chosen:not(:empty)");
            chosen.waitFor();
            assertEquals("from chosen", chosen.innerText(), page.console().toString());
            assertEquals("from " + type + "-w0-target", page.text("#" + type + "-w0-target"));
            assertEquals("from named-target", page.text("#named-target"));
            assertEquals("from own", page.text("#own").strip());
        }
    }

    @org.junit.jupiter.api.Test
    void aWorkerTagWhoseConfigIsAFileIsNumberedAfterOneWithout() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/numbering.html")).awaitAllDone();
            page.page().locator("#mpy-w1-target").waitFor();
            assertEquals("from mpy-w1-target", page.text("#mpy-w1-target"), page.console().toString());
            page.page().locator("#py-w0-target").waitFor();
            assertEquals("from py-w0-target", page.text("#py-w0-target"));
        }
    }
}
