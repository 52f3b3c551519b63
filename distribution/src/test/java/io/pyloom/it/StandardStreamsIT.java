package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pyloom.it.support.TestPage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the page shows of Python's standard streams, as PyScript shows it: each line written to
 * sys.stderr is a banner (none where the page turns the error plugin off), and input() on the main
 * thread is a clear error instead of a bare EOFError.
 */
class StandardStreamsIT extends BrowserIT {

    @BeforeAll
    static void start() throws Exception {
        open("standard-streams-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                String code = "import sys\nprint('This is an error', file=sys.stderr)\nprint('and a second line', file=sys.stderr)\n";
                pages.page(type + "-stderr", null, script(type, "", code));
                pages.page(type + "-stderr-no-error", null, script(type, "config='{\"plugins\": [\"!error\"]}'", code));
                pages.page(type + "-input", null, script(type, "", "name = input('your name? ')\n"));
            }
        });
    }

    private static List<String> banners(String page) {
        try (TestPage browserPage = browser.open()) {
            browserPage.navigate(server.url("/" + page + ".html")).awaitAllDone();
            return browserPage.page().locator(".py-error").allTextContents();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void eachLineWrittenToStderrIsShown(String type) {
        assertEquals(List.of("This is an error", "and a second line"), banners(type + "-stderr"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void notWhereThePageTurnsTheErrorPluginOff(String type) {
        assertEquals(List.of(), banners(type + "-stderr-no-error"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void inputOnTheMainThreadSaysToUseAWorker(String type) {
        List<String> banners = banners(type + "-input");
        assertEquals(1, banners.size(), banners.toString());
        String last = banners.get(0).strip().lines().reduce((first, second) -> second).orElse("");
        assertEquals("MainThreadInputError: input() cannot wait for typing on the main thread, where the page would freeze: "
                + "run the script in a worker with a terminal (<script type=\"py\" worker terminal>)", last, banners.get(0));
    }
}
