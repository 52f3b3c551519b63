package io.pyloom.it;

import static io.pyloom.it.support.PageEvents.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.PluginJar;
import io.pyloom.it.support.TestPage;
import io.pyloom.it.support.plugins.PadPlugin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPI 1.3: a plugin takes elements of its own (a script type), its JavaScript is fetched from its
 * bundle only when a page has such an element, and tags of plugins a core.js lacks are refused
 * with the plugin's name.
 */
class PluginElementsIT extends BrowserIT {

    @BeforeAll
    static void start() throws Exception {
        open("plugin-elements-it", pages -> {
            PluginJar.write(Path.of("target/it-servers/plugin-elements-it/plugins/pad.jar").toAbsolutePath(), "pad",
                    "1.0.0", PadPlugin.class, "[1.3,2)", Map.of("lazy/js/pad-render.js", PadPlugin.RENDER_JS));
            pages.page("pads", "pad,error", """
                    <script type="probe-pad">first</script>
                    <div><script type="probe-pad">second</script></div>
                    <script type="probe-pad" data-break>broken</script>
                    <script type="module">
                      setTimeout(() => {
                        const later = document.createElement("section");
                        later.innerHTML = '<script type="probe-pad">third<' + '/script>';
                        document.body.append(later);
                        document.body.append(document.querySelector("div")); // a move is not a new tag
                      }, 50);
                    </script>
                    """);
            pages.page("no-pads", "pad,error", "<script type=\"mpy\">x = 1</script>");
            pages.page("missing", "error,worker,pydom", """
                    <script type="py-editor">print("never")</script>
                    <script type="mpy" terminal>
                    from pyscript import document
                    document.body.dataset.ran = "yes"
                    </script>
                    """);
        });
        for (int i = 0; i < 100 && !http.get("/pyloom/api/plugins").body().contains("\"name\":\"pad\""); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void aPluginTakesEachOfItsElementsOnceAndItsModuleIsFetchedOnce() {
        List<String> requests = new CopyOnWriteArrayList<>();
        try (TestPage page = browser.open()) {
            page.page().onRequest(request -> requests.add(request.url()));
            page.navigate(server.url("/pads.html"));
            page.page().waitForFunction("() => document.querySelectorAll('p.pad').length === 3", null,
                    new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(30_000));
            page.page().waitForTimeout(200); // time for a second take of the moved tag, if there were one
            // The moved div (with the second pad) now comes last; it was not taken again.
            assertEquals(List.of("pad: first", "pad: third", "pad: second"),
                    page.page().locator("p.pad").allInnerTexts(), page.console().toString());
            assertEquals(3, ((Number) page.page().evaluate("() => window.__pads")).intValue());
            assertEquals(1, requests.stream().filter(url -> url.endsWith("/js/pad-render.js")).count(), requests.toString());
            String banner = page.text(".py-error");
            assertTrue(banner.contains("A plugin failed to take <script type=\"probe-pad\" data-break=\"\">: this pad is "
                    + "broken on purpose"), banner);
        }
    }

    @Test
    void aPageWithoutThePluginsElementsNeverFetchesItsModule() {
        List<String> requests = new CopyOnWriteArrayList<>();
        try (TestPage page = browser.open()) {
            page.page().onRequest(request -> requests.add(request.url()));
            page.navigate(server.url("/no-pads.html")).awaitAllDone();
            assertTrue(requests.stream().noneMatch(url -> url.contains("pad-render")), requests.toString());
        }
    }

    @Test
    void tagsOfPluginsTheCoreWasComposedWithoutAreRefusedWithThePluginsName() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/missing.html")).awaitAllDone();
            List<String> banners = page.page().locator(".py-error").allInnerTexts();
            assertEquals(2, banners.size(), banners.toString());
            assertTrue(banners.contains("This page's <script type=\"py-editor\"> needs the editor plugin, which this core.js "
                    + "was composed without: it was not run. Name it in core.js's ?plugins= beside the others the page "
                    + "needs."), banners.toString());
            assertTrue(banners.stream().anyMatch(text -> text.startsWith("This page's <script type=\"mpy\" terminal=\"\"> "
                    + "needs the terminal plugin")), banners.toString());
            assertEquals(null, page.page().evaluate("() => document.body.dataset.ran"), "the terminal script never ran");
            List<Object> events = names(page.events());
            assertEquals(List.of("mpy:done", "py:all-done"), events);
        }
    }
}
