package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.TestPage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** plugin-terminal on the main thread: output and errors in xterm.js, __terminal__, one per page. */
class TerminalIT extends BrowserIT {

    private static final String CODE = """
            import sys
            from pyscript import document
            print("hello terminal")
            print("to stderr", file=sys.stderr)
            document.body.dataset.terminal = str(bool(__terminal__))
            """;

    @BeforeAll
    static void start() throws Exception {
        open("terminal-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                pages.page("one-" + type, null, script(type, "terminal", CODE));
                pages.page("two-" + type, null, script(type, "terminal", "print('first')") + "\n"
                        + script(type, "terminal", "print('second')"));
                pages.page("none-" + type, null, script(type, "", "print('no terminal')"));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void theScriptsOutputAndErrorsGoToItsTerminal(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/one-" + type + ".html")).awaitAllDone();
            String rows = page.text("py-terminal .xterm-rows");
            assertTrue(rows.contains("hello terminal") && rows.contains("to stderr"), rows + page.console());
            assertEquals("True", page.page().evaluate("() => document.body.dataset.terminal"));
            assertTrue(page.console().stream().noneMatch(line -> line.contains("hello terminal")), page.console().toString());
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aSecondMainTerminalIsRefusedWithPyScriptsMessage(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/two-" + type + ".html")).awaitAllDone();
            assertEquals(1, page.page().locator("py-terminal").count());
            assertEquals("You can use at most 1 main terminal", page.text(".py-error"));
            assertTrue(page.text("py-terminal .xterm-rows").contains("first"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aPageWithoutATerminalNeverFetchesXterm(String type) {
        List<String> requests = new CopyOnWriteArrayList<>();
        try (TestPage page = browser.open()) {
            page.page().onRequest(request -> requests.add(request.url()));
            page.navigate(server.url("/none-" + type + ".html")).awaitAllDone();
            assertTrue(requests.stream().noneMatch(url -> url.contains("terminal-xterm") || url.contains("xterm.css")),
                    requests.toString());
            assertTrue(page.console().contains("log: no terminal"), page.console().toString());
        }
    }
}
