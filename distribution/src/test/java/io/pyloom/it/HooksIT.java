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

    /** A page module's hooks, as PyScript pages add them right after importing core.js. */
    private static String jsHooksPage(String name, String type, String module, String scripts) {
        return pages.write(name + ".html", "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + name
                + "</title>\n<script type=\"module\">\nimport { hooks } from \"/pyloom/core.js?plugins=probe,error,worker\";\n"
                + "window.__hooks = [];\nconst log = (line) => window.__hooks.push(line);\n" + module
                + "</script></head>\n<body>\n" + scripts + "\n</body></html>\n");
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void pageJavaScriptHooksRunAfterThePluginsOnesSyncScriptsGetThePlainOnesOthersTheAsyncOnes(String type) {
        StringBuilder module = new StringBuilder("hooks.main.onReady.add((wrap, element) => log(`js onReady ${wrap.type} ${element.id}`));\n");
        for (String hook : List.of("onBeforeRun", "onBeforeRunAsync", "onAfterRun", "onAfterRunAsync")) {
            module.append("hooks.main.").append(hook).append(".add(async (wrap, element) => log(`js ").append(hook)
                    .append(" ${element.id}`));\n");
        }
        for (String hook : List.of("codeBeforeRun", "codeBeforeRunAsync", "codeAfterRun", "codeAfterRunAsync")) {
            // indented, as a template literal in a page usually is: each string is dedented
            module.append("hooks.main.").append(hook).append(".add(`\n    import js\n    js.window.__hooks.push('js ")
                    .append(hook).append("')`);\n");
        }
        String path = jsHooksPage(type + "-js-hooks", type, module.toString(),
                "<script type=\"" + type + "\" id=\"s\" async=\"false\">\nimport js\njs.window.__hooks.push('code s')\n</script>\n"
                        + "<script type=\"" + type + "\" id=\"a\">\nimport js\njs.window.__hooks.push('code a')\n</script>");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            String t = type;
            String s = t + " " + t + "-0"; // the plugin records the script's target, the page hook its element
            String a = t + " " + t + "-1";
            assertEquals(List.of("onInterpreterReady " + t,
                    "js onReady " + t + " s", "onBeforeRun " + s, "onBeforeRunAsync " + s, "js onBeforeRun s",
                    "codeBeforeRun " + t, "js codeBeforeRun", "code s", "codeAfterRun " + t, "js codeAfterRun",
                    "onAfterRun " + s, "onAfterRunAsync " + s, "js onAfterRun s",
                    "js onReady " + t + " a", "onBeforeRun " + a, "onBeforeRunAsync " + a, "js onBeforeRunAsync a",
                    "codeBeforeRun " + t, "js codeBeforeRunAsync", "code a", "codeAfterRun " + t, "js codeAfterRunAsync",
                    "onAfterRun " + a, "onAfterRunAsync " + a, "js onAfterRunAsync a"),
                    hooks(page), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void workerJavaScriptHooksTravelAsTextAndRunInTheWorker(String type) {
        String module = """
                hooks.main.onWorker.add((wrap, xworker) => console.log(`page onWorker ${wrap} ${typeof xworker.sync}`));
                hooks.worker.onReady.add((wrap) => console.log(`worker onReady ${wrap.type} ${typeof wrap.run}`));
                hooks.worker.onBeforeRun.add(() => console.log("worker onBeforeRun"));
                hooks.worker.onBeforeRunAsync.add(async () => console.log("worker onBeforeRunAsync"));
                hooks.worker.codeBeforeRun.add('print("worker codeBeforeRun")');
                hooks.worker.codeAfterRun.add('print("worker codeAfterRun")');
                hooks.worker.onAfterRun.add({ onAfterRun() { console.log("worker onAfterRun"); } }.onAfterRun);
                """;
        String path = jsHooksPage(type + "-js-worker-hooks", type, module,
                "<script type=\"" + type + "\" worker async=\"false\">\nprint('worker code')\n</script>");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            page.page().waitForCondition(() -> page.console().stream().anyMatch(line -> line.endsWith("worker onAfterRun")),
                    new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(20_000));
            List<String> lines = page.console().stream().filter(line -> line.contains("worker ")).toList();
            assertEquals(List.of("log: worker onReady " + type + " function", "log: worker onBeforeRun",
                    "log: worker codeBeforeRun", "log: worker code", "log: worker codeAfterRun", "log: worker onAfterRun"),
                    lines, page.console().toString());
            assertTrue(page.console().contains("log: page onWorker null object"), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void aFailingJavaScriptHookIsReportedAndTheScriptStillEnds(String type) {
        String path = jsHooksPage(type + "-js-hook-fails", type,
                "hooks.main.onBeforeRunAsync.add(() => { throw new Error('no such widget'); });\n",
                "<script type=\"" + type + "\">\nimport js\njs.window.__hooks.push('code')\n</script>");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            String banner = page.text(".py-error");
            assertTrue(banner.contains("A JavaScript hook (hooks.main.onBeforeRunAsync) failed: no such widget"), banner);
            assertTrue(!hooks(page).contains("code"), "the script does not run past a failed hook: " + hooks(page));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void coreJsExportsTheConfigWhenDefinedAndTypes(String type) {
        String module = """
                import { config, whenDefined, TYPES } from "/pyloom/core.js?plugins=probe,error,worker";
                window.__api = whenDefined("%t").then((wrap) => JSON.stringify([wrap.type, typeof wrap.runAsync,
                  config["%t"].answer, config["%t"].type, [...TYPES.entries()]]));
                """.replace("%t", type);
        String path = jsHooksPage(type + "-core-api", type, module,
                "<script type=\"" + type + "\" config='{\"answer\": 42}'>\nx = 1\n</script>");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals("[\"" + type + "\",\"function\",42,\"" + type + "\",[[\"py\",\"pyodide\"],[\"mpy\",\"micropython\"]]]",
                    page.page().evaluate("() => window.__api"), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void whenDefinedGivesAWorkerTagsHandle(String type) {
        String module = """
                import { whenDefined } from "/pyloom/core.js?plugins=probe,error,worker";
                window.__api = whenDefined("TYPE").then(({ type, xworker }) => `${type} ${typeof xworker.sync}`);
                """.replace("TYPE", type);
        String path = jsHooksPage(type + "-core-api-worker", type, module,
                "<script type=\"" + type + "\" worker>\nx = 1\n</script>");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals(type + " object", page.page().evaluate("() => window.__api"), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void pyWorkerAndMpWorkerStartWorkersFromJavaScript(String type) {
        pages.write("js-started-worker.py", """
                import sys
                from pyscript import sync

                def answer():
                    return f"{sys.implementation.name} {sync.double(21)}"

                __export__ = ["answer"]
                """);
        String starter = type.equals("py") ? "PyWorker" : "MPWorker";
        String module = """
                import { %s as start, whenDefined } from "/pyloom/core.js?plugins=probe,error,worker";
                // As PyScript's: called before the kernel has started, it waits for it.
                const early = start("./js-started-worker.py");
                window.__api = whenDefined("%s").then(async () => {
                  const worker = await start("./js-started-worker.py", { config: {} });
                  worker.sync.double = (x) => x * 2;
                  const first = await early;
                  first.sync.double = (x) => x * 3;
                  return await worker.sync.answer() + " | " + await first.answer();
                });
                """.formatted(starter, type);
        String path = jsHooksPage(type + "-js-pyworker", type, module, "<script type=\"" + type + "\">\nx = 1\n</script>");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            String implementation = type.equals("py") ? "cpython" : "micropython";
            assertEquals(implementation + " 42 | " + implementation + " 63",
                    page.page().evaluate("() => window.__api"), page.console().toString());
        }
    }
}
