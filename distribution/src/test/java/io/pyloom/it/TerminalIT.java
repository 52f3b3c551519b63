package io.pyloom.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyloom.it.support.ScriptTag.script;
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
 * plugin-terminal: output and errors in xterm.js, __terminal__, one main-thread terminal per page;
 * worker terminals read input() and run a REPL, several per page.
 */
class TerminalIT extends BrowserIT {

    private static final String CODE = """
            import sys
            from pyscript import document
            print("hello terminal")
            print("to stderr", file=sys.stderr)
            document.body.dataset.terminal = str(bool(__terminal__))
            """;

    private static final String ASKS = """
            from pyscript import document
            name = input("name? ")
            print("hello " + name)
            document.body.dataset.terminal = str(bool(__terminal__))
            import code
            code.interact()
            """;

    @BeforeAll
    static void start() throws Exception {
        open("terminal-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                pages.page("one-" + type, null, script(type, "terminal", CODE));
                pages.page("two-" + type, null, script(type, "terminal", "print('first')") + "\n"
                        + script(type, "terminal", "print('second')"));
                pages.page("none-" + type, null, script(type, "", "print('no terminal')"));
                pages.page("worker-" + type, null, script(type, "worker terminal", ASKS));
                pages.page("failing-worker-" + type, null, script(type, "worker terminal", "print('before')\nraise ValueError('in the worker')"));
            }
            pages.page("workers", null, script("mpy", "worker terminal", "print('first: ' + input('mpy? '))") + "\n"
                    + script("py", "worker terminal", "print('second: ' + input('py? '))") + "\n"
                    + script("mpy", "worker terminal", "print('third: ' + input('mpy again? '))"));
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

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aWorkerTerminalAnswersInputTypedWithRealKeysThenRunsReplLines(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/worker-" + type + ".html"));
            Locator rows = page.page().locator("py-terminal .xterm-rows");
            assertThat(rows).containsText("name? ");
            page.page().locator("py-terminal .xterm").click();
            page.page().keyboard().type("Ada");
            page.page().keyboard().press("Enter");
            assertThat(rows).containsText("hello Ada");
            assertThat(rows).containsText(">>> ");
            assertEquals("True", page.page().evaluate("() => document.body.dataset.terminal"));
            page.page().keyboard().type("6 * 7");
            page.page().keyboard().press("Enter");
            assertThat(rows).containsText("42");
            page.page().keyboard().type("for i in range(2):");
            page.page().keyboard().press("Enter");
            assertThat(rows).containsText("... ");
            page.page().keyboard().type("    print('row', i)");
            page.page().keyboard().press("Enter");
            page.page().keyboard().press("Enter");
            assertThat(rows).containsText("row 1");
            assertTrue(page.console().stream().noneMatch(line -> line.contains("hello Ada")), page.console().toString());
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aWorkerTerminalsFailureIsInTheTerminalAndTheBanner(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/failing-worker-" + type + ".html"));
            Locator rows = page.page().locator("py-terminal .xterm-rows");
            assertThat(page.page().locator(".py-error")).containsText("in the worker");
            assertThat(rows).containsText("before");
            assertThat(rows).containsText("ValueError");
        }
    }

    @Test
    void severalWorkerTerminalsShareAPageEachWithItsOwnInput() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/workers.html"));
            Locator terminals = page.page().locator("py-terminal");
            assertThat(terminals).hasCount(3);
            String[] prompts = { "mpy? ", "py? ", "mpy again? " };
            String[] answers = { "first: one", "second: two", "third: three" };
            String[] typed = { "one", "two", "three" };
            for (int i = 0; i < 3; i++) {
                Locator rows = terminals.nth(i).locator(".xterm-rows");
                assertThat(rows).containsText(prompts[i]);
                terminals.nth(i).locator(".xterm").click();
                page.page().keyboard().type(typed[i]);
                page.page().keyboard().press("Enter");
                assertThat(rows).containsText(answers[i]);
            }
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
        }
    }
}
