package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.PluginJar;
import io.pyloom.it.support.TestPage;
import io.pyloom.it.support.plugins.ProbePlugin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lifecycle hooks, in PyScript's order, seen by a third-party plugin dropped into the server. */
class HooksIT extends BrowserIT {

    @BeforeAll
    static void start() throws Exception {
        open("hooks-it", pages -> {
            PluginJar.write(Path.of("target/it-servers/hooks-it/plugins/probe.jar").toAbsolutePath(), "probe", "1.0.0",
                    ProbePlugin.class);
        });
        awaitPlugin("probe");
    }

    /** FileInstall picks the bundle up within a poll or two. */
    private static void awaitPlugin(String name) throws Exception {
        for (int i = 0; i < 100; i++) {
            String plugins = http.get("/pyloom/api/plugins").body();
            if (plugins.contains("\"name\":\"" + name + "\"")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plugin " + name + " never appeared:\n" + server.log());
    }

    @SuppressWarnings("unchecked")
    private static List<String> hooks(TestPage page) {
        return (List<String>) page.page().evaluate("() => window.__hooks || []");
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void hooksRunInPyScriptsOrder(String type) {
        String path = pages.page(type + "-hooks", "probe",
                "<script type=\"" + type + "\">\nimport js\njs.window.__hooks.push('code')\n</script>\n"
                        + "<script type=\"" + type + "\">\nraise ValueError('second')\n</script>");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            List<String> hooks = hooks(page);
            String t = type;
            assertEquals(List.of("onInterpreterReady " + t, "onBeforeRun " + t + " " + t + "-0",
                    "onBeforeRunAsync " + t + " " + t + "-0", "codeBeforeRun " + t, "code", "codeAfterRun " + t,
                    "onAfterRun " + t + " " + t + "-0", "onAfterRunAsync " + t + " " + t + "-0",
                    "onBeforeRun " + t + " " + t + "-1", "onBeforeRunAsync " + t + " " + t + "-1", "codeBeforeRun " + t),
                    hooks.subList(0, 11), hooks.toString());
            String error = hooks.get(11);
            assertTrue(error.startsWith("onError ") && error.contains("ValueError: second"), hooks.toString());
            assertEquals(12, hooks.size(), "no after-run hooks for a script that raised: " + hooks);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void hooksRunInsideAWorkerAndOnWorkerReadyOnTheMainThread(String type) {
        String path = pages.page(type + "-worker-hooks", "probe,worker",
                "<script type=\"" + type + "\" worker name=\"w\">\nx = 1\n</script>\n");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            String t = type;
            assertEquals(List.of("onWorkerReady " + t + " worker=true w"), hooks(page));
            page.page().waitForSelector("body[data-worker-hooks]", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                    .setTimeout(10_000).setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            // A worker's run has the page element its display() writes into, as PyScript's does.
            String run = t + " " + t + "-w0-target worker";
            assertEquals(List.of("onInterpreterReady " + run, "onBeforeRun " + run, "onBeforeRunAsync " + run,
                    "codeBeforeRun " + t, "codeAfterRun " + t + " worker=True"),
                    List.of(page.page().getAttribute("body", "data-worker-hooks").split("\\|")), page.console().toString());
        }
    }
}
