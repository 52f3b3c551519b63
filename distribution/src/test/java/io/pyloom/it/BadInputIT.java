package io.pyloom.it;

import static io.pyloom.it.support.BadInputs.CASES;
import static io.pyloom.it.support.PageEvents.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.BadInputs.Case;
import io.pyloom.it.support.TestPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input matrix (docs/errors.md lists it): malformed pages and configs, each on both
 * interpreters, each with the exact message the page shows, and none may hang.
 */
class BadInputIT extends BrowserIT {

    static Stream<Arguments> matrix() {
        List<Arguments> arguments = new ArrayList<>();
        for (Case c : CASES) {
            for (String type : List.of("mpy", "py")) {
                arguments.add(Arguments.of(c, type));
            }
        }
        return arguments.stream();
    }

    /** docs/errors.md lists every case of this matrix. */
    @org.junit.jupiter.api.Test
    void theDocsListEveryCase() throws Exception {
        String docs = Files.readString(java.nio.file.Path.of("../docs/errors.md"));
        for (Case c : CASES) {
            assertTrue(docs.contains("| " + c.name() + " |"), "docs/errors.md lacks the case '" + c.name() + "'");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        open("bad-input-it", pages -> {
            pages.write("broken.toml", "answer = \n");
            pages.write("good.json", "{}");
            pages.write("array.json", "[1, 2]");
            pages.write("number.json", "42");
            pages.write("config.yaml", "a: 1");
            pages.write("good.py", "x = 1\n");
            pages.write("a/m.py", "x = 1\n");
            pages.write("b/m.py", "x = 1\n");
            pages.write("data.csv", "a,b\n");
            Files.write(pages.root().resolve("latin1.py"), "s = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        });
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("matrix")
    void theFailureIsShownAndThePageFinishes(Case c, String type) {
        String path = pages.page(c.name().replaceAll("[^a-z0-9]+", "-") + "-" + type, null, c.body().apply(type));
        String hosted = type.equals("py") ? "314.0.7" : "1.27.0";
        String expected = c.message().apply(type, server.url("")).replace("{URL}", server.url("").replaceAll("/$", ""))
                .replace("{HOSTED}", hosted);
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            List<Object> events = names(page.events());
            assertEquals("py:all-done", events.get(events.size() - 1), "the page finished: " + events);
            assertTrue(events.contains(type + ":done"), "the tag sent its done event: " + events);
            if (c.action() != null) {
                page.page().click(c.action());
                page.page().waitForSelector(".py-error");
            }
            String shown = page.page().locator(".py-error").first().textContent().strip();
            assertEquals("alert", page.page().getAttribute(".py-error", "role"));
            if (c.name().startsWith("a syntax") || c.name().startsWith("an exception") || c.name().startsWith("an enormous")) {
                assertTrue(shown.startsWith("Traceback (most recent call last):") || shown.contains("File \""), shown);
                assertTrue(shown.endsWith(expected), "expected the traceback to end with " + expected + ":\n" + shown);
            } else if (c.name().startsWith("a sync call") || c.name().startsWith("a worker sending")) {
                // Pyodide shows the worker's traceback, MicroPython the JavaScript error it re-raises.
                assertTrue(shown.endsWith(expected), "expected the message to end with " + expected + ":\n" + shown);
            } else {
                assertEquals(expected.strip(), shown);
            }
            assertEquals(1, page.page().locator(".py-error").count(), "one banner per failure");
        }
    }
}
