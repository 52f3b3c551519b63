package io.pyloom.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import io.pyloom.it.support.TestPage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * plugin-editor: py-editor and mpy-editor scripts as PyScript renders them, typed into with real
 * key presses, run with the button and with Shift+Enter in their env's worker, stopped, and their
 * failures in the banner.
 */
class EditorIT extends BrowserIT {

    @BeforeAll
    static void start() throws Exception {
        open("editor-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                pages.page("typed-" + type, null, editor(type, "", "print('from the tag')"));
                pages.page("env-" + type, null, editor(type, "setup env=\"shared\"", "base = 40")
                        + editor(type, "env=\"shared\"", "x = base + 1")
                        + editor(type, "env=\"shared\"", "print(x + 1)")
                        + editor(type, "", "print('alone', 'x' in globals())"));
                pages.page("long-" + type, null, editor(type, "", "print('started')\nwhile True:\n    pass")
                        + "<div id=\"out\"></div><div id=\"place\"></div>"
                        + editor(type, "target=\"place\" output=\"out\" onbeforerun=\"y = 'before'\"", "print(y, 'after')"));
                pages.page("setup-error-" + type, null, editor(type, "setup", "print('Hello Editor')\nraise Exception('failure')"));
                pages.page("two-configs-" + type, null, editor(type, "env=\"c\" config='{}'", "print(1)")
                        + editor(type, "env=\"c\" config='{}'", "print(2)"));
                pages.page("plain-" + type, null, "<script type=\"" + type + "\">print('no editor here')</script>");
                pages.page("bad-" + type, null, editor(type, "target=\"#nowhere\"", "print(1)")
                        + "<script type=\"" + type + "-editor\" src=\"missing.py\"></script>");
                pages.page("no-worker-" + type, "editor,error", editor(type, "", "print(1)"));
                pages.page("no-editor-" + type, "error,worker", editor(type, "", "print(1)"));
            }
        });
    }

    private static String editor(String type, String attributes, String code) {
        return "<script type=\"" + type + "-editor\" " + attributes + ">\n" + code + "\n</script>\n";
    }

    private static Locator content(TestPage page, int index) {
        return page.page().locator(".cm-content").nth(index);
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void codeTypedWithRealKeysRunsWithTheButtonAndWithShiftEnter(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/typed-" + type + ".html"));
            Locator box = page.page().locator("." + type + "-editor-box");
            assertThat(box).hasCount(1);
            assertThat(content(page, 0)).containsText("print('from the tag')");
            assertEquals(type + "-editor-active", page.page().evaluate("() => [...document.scripts].pop().type"));
            content(page, 0).click();
            page.page().keyboard().press("Control+A");
            page.page().keyboard().press("Delete");
            page.page().keyboard().type("print(6 * 7)");
            page.page().evaluate("() => { window.done = 0; document.addEventListener('py-editor:done', () => window.done++); }");
            page.page().locator("." + type + "-editor-run-button").click();
            Locator output = page.page().locator("." + type + "-editor-output");
            assertThat(output).hasText("42\n");
            page.page().waitForFunction("() => window.done === 1");
            content(page, 0).click();
            page.page().keyboard().press("End");
            page.page().keyboard().type(" or print('again')");
            page.page().keyboard().press("Shift+Enter");
            assertThat(output).containsText("again");
            page.page().waitForFunction("() => window.done === 2");
            assertEquals("print(6 * 7) or print('again')", page.page().evaluate("() => [...document.scripts].pop().code"));
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void editorsOfAnEnvShareItsNamespaceAfterItsSetup(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/env-" + type + ".html"));
            Locator buttons = page.page().locator("." + type + "-editor-run-button");
            assertThat(buttons).hasCount(3); // the setup editor has none
            buttons.nth(0).click();
            assertThat(buttons.nth(0)).not().hasClass(java.util.regex.Pattern.compile(".*running.*"));
            buttons.nth(1).click();
            Locator outputs = page.page().locator("." + type + "-editor-output");
            assertThat(outputs.nth(1)).hasText("42\n");
            buttons.nth(2).click();
            assertThat(outputs.nth(2)).hasText("alone False\n");
            String env = (type.equals("py") ? "pyodide" : "micropython") + "-shared";
            assertEquals(env, page.page().locator("." + type + "-editor-box").first().getAttribute("data-env"));
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aLongRunStopsWithItsButtonAndTheEnvStartsAfresh(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/long-" + type + ".html"));
            page.page().onDialog(dialog -> {
                assertEquals("Stop evaluating this code?", dialog.message());
                dialog.accept();
            });
            Locator button = page.page().locator("." + type + "-editor-run-button").first();
            button.click();
            Locator output = page.page().locator("." + type + "-editor-output").first();
            assertThat(output).hasText("started\n");
            assertThat(button).hasClass(java.util.regex.Pattern.compile(".*running.*"));
            button.click();
            assertThat(button).not().hasClass(java.util.regex.Pattern.compile(".*running.*"));
            // The second editor is in #place, writes into #out, and runs onbeforerun first.
            page.page().locator("#place ." + type + "-editor-run-button").click();
            assertThat(page.page().locator("#out")).hasText("before after\n");
            assertTrue(page.page().locator("#out").getAttribute("class").contains(type + "-editor-output"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aFailingSetupReachesTheBannerAndTheConsole(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/setup-error-" + type + ".html"));
            assertThat(page.page().locator(".py-error")).containsText("failure");
            assertTrue(page.console().contains("log: Hello Editor"), page.console().toString());
            assertTrue(page.console().stream().anyMatch(line -> line.startsWith("error:") && line.contains("failure")),
                    page.console().toString());
            assertEquals(0, page.page().locator("." + type + "-editor-box").count());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void anEditorWithABadTargetOrSrcSaysWhichInTheBanner(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/bad-" + type + ".html"));
            Locator banners = page.page().locator(".py-error");
            assertThat(banners).hasCount(2);
            String text = String.join("\n", banners.allTextContents());
            assertTrue(text.contains("target #nowhere names no element"), text);
            assertTrue(text.contains("missing.py could not be fetched: HTTP 404"), text);
            assertEquals(0, page.page().locator("." + type + "-editor-box").count());
        }
    }

    @Test
    void aSecondConfigForAnEnvIsRefusedWithPyScriptsMessage() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/two-configs-mpy.html"));
            assertThat(page.page().locator(".py-error")).containsText("duplicated config for env: micropython-c");
            assertThat(page.page().locator(".mpy-editor-box")).hasCount(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aPageWithoutAnEditorNeverFetchesCodeMirror(String type) {
        List<String> requests = new CopyOnWriteArrayList<>();
        try (TestPage page = browser.open()) {
            page.page().onRequest(request -> requests.add(request.url()));
            page.navigate(server.url("/plain-" + type + ".html")).awaitAllDone();
            assertTrue(page.console().contains("log: no editor here"), page.console().toString());
            assertTrue(requests.stream().noneMatch(url -> url.contains("/editor.js")), requests.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void withoutTheWorkerPluginTheRunSaysWhy(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/no-worker-" + type + ".html"));
            page.page().locator("." + type + "-editor-run-button").click();
            assertThat(page.page().locator("." + type + "-editor-output")).containsText("composed without the worker plugin");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aCoreJsWithoutTheEditorPluginRefusesEditorsNamingIt(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/no-editor-" + type + ".html"));
            assertThat(page.page().locator(".py-error")).containsText("needs the editor plugin");
        }
    }
}
