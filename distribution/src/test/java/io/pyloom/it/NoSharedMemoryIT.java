package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Frame;
import io.pyloom.it.support.TestPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workers on a page that is not cross-origin isolated (a frame whose policy denies it), as
 * PyScript's sync_main_only runs them: no shared memory, so sync calls go as messages and give
 * promises both ways, and window and document say why they cannot be reached.
 */
class NoSharedMemoryIT extends BrowserIT {

    private static final String WARNING = "This worker cannot reach the page's window or document: the page is not "
            + "cross-origin isolated";

    @BeforeAll
    static void start() throws Exception {
        open("no-shared-memory-it", pages -> {
            pages.write("no-sab.py", """
                    from pyscript import sync
                    sync.get_class = lambda: "ok"
                    async def ask(n):
                        return await sync.double(n)
                    sync.ask = ask
                    """);
            for (String type : new String[] { "py", "mpy" }) {
                String starter = type.equals("py") ? "PyWorker" : "MPWorker";
                // PyScript's own no-SharedArrayBuffer page, and a page function the worker awaits.
                pages.write("js-" + type + ".html", """
                        <!doctype html><html><head><meta charset="utf-8">
                        <script type="module">
                          import { %s } from "/pyloom/core.js";
                          const { sync } = await %s("./no-sab.py", { config: { sync_main_only: true } });
                          sync.double = (x) => x * 2;
                          document.body.dataset.answer = `${await sync.get_class()} ${await sync.ask(21)}`
                            + ` isolated=${crossOriginIsolated}`;
                        </script></head><body></body></html>
                        """.formatted(starter, starter));
                pages.page("tag-" + type, null, """
                        <script type="%s" worker service-worker="./sabayon.js">
                        from pyscript import document
                        document.title = "reached"
                        </script>
                        """.formatted(type));
                for (String inner : new String[] { "js-" + type, "tag-" + type }) {
                    pages.write("frame-" + inner + ".html", "<!doctype html><html><body><iframe src=\"" + inner
                            + ".html\" allow=\"cross-origin-isolated 'none'\"></iframe></body></html>");
                }
            }
        });
    }

    private static Frame innerFrame(TestPage page, String inner) {
        page.navigate(server.url("/frame-" + inner + ".html"));
        page.page().waitForCondition(() -> page.page().frames().size() > 1);
        return page.page().frames().get(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void syncCallsGoBothWaysAsPromises(String type) {
        try (TestPage page = browser.open()) {
            Frame frame = innerFrame(page, "js-" + type);
            frame.waitForFunction("() => document.body.dataset.answer", null,
                    new Frame.WaitForFunctionOptions().setTimeout(90_000));
            assertEquals("ok 42 isolated=false", frame.evaluate("() => document.body.dataset.answer"),
                    page.console().toString());
            // sync_main_only says the page knows: no warning.
            assertTrue(page.console().stream().noneMatch(line -> line.contains(WARNING)), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void theDocumentNamesTheMissingHeadersInTheBanner(String type) {
        try (TestPage page = browser.open()) {
            Frame frame = innerFrame(page, "tag-" + type);
            frame.waitForSelector(".py-error", new Frame.WaitForSelectorOptions().setTimeout(90_000));
            String banner = frame.locator(".py-error").innerText();
            assertTrue(banner.contains("AttributeError: " + WARNING), banner);
            assertTrue(banner.contains("Cross-Origin-Embedder-Policy: require-corp") && banner.contains("coi.js"), banner);
            // Without sync_main_only the worker also warns on the page's console, once.
            assertEquals(1, page.console().stream().filter(line -> line.startsWith("warning: " + WARNING)).count(),
                    page.console().toString());
            // PyScript's SharedArrayBuffer stand-in is not used, and the page hears what to do instead.
            assertTrue(page.console().stream().anyMatch(line -> line.startsWith("warning: Pyloom: the service-worker "
                    + "attribute (./sabayon.js) is not used") && line.contains("coi.js")), page.console().toString());
        }
    }
}
