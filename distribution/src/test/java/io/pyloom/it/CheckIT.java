package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.BadInputs;
import io.pyloom.it.support.CommandLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code check FILE...} on the pages of the bad-input matrix: for every rule that needs no network
 * and no interpreter, it says what the browser says (BadInputIT proves the browser's words).
 * Syntax errors name the JVM parser's details, so only their first line is compared.
 */
class CheckIT {

    /** Cases whose message `check` gives word for word. */
    private static final Set<String> EXACT = Set.of("invalid TOML file", "two config tags", "config tag and attribute",
            "two different config attributes", "config that is an array", "config that is a number",
            "config with an unknown extension", "a package that is not a string", "packages that are not a list",
            "plugins that are not a list", "interpreter that is not a string", "files that are not a table",
            "a files destination that is not a string", "an undefined placeholder", "a duplicated placeholder",
            "a duplicated destination", "an archive that is not one", "a repeated JSON key", "src and inline code together",
            "a worker src with inline code too");
    /** Cases where the parser's own explanation follows the first line. */
    private static final Set<String> FIRST_LINE = Set.of("invalid inline JSON", "invalid inline TOML",
            "a worker with an invalid config");
    private static final Path PAGES = Path.of("target/it-pages/check-it").toAbsolutePath();

    @BeforeAll
    static void write() throws Exception {
        Files.createDirectories(PAGES);
        Files.writeString(PAGES.resolve("broken.toml"), "answer = \n");
        Files.writeString(PAGES.resolve("good.json"), "{}");
        Files.writeString(PAGES.resolve("array.json"), "[1, 2]");
        Files.writeString(PAGES.resolve("number.json"), "42");
        Files.writeString(PAGES.resolve("good.toml"), "[files]\n\"data.csv\" = \"\"\n");
        Files.writeString(PAGES.resolve("fine.html"), "<!doctype html><html><body><script type=\"mpy\" config=\"good.toml\">x = 1"
                + "</script><py-config>packages = [\"numpy\"]</py-config><script type=\"py\">y = 2</script></body></html>");
    }

    @Test
    void checkSaysWhatTheBrowserSays() throws Exception {
        List<String> files = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (BadInputs.Case c : BadInputs.CASES) {
            if (!EXACT.contains(c.name()) && !FIRST_LINE.contains(c.name())) {
                continue;
            }
            for (String type : List.of("py", "mpy")) {
                String name = c.name().toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + type + ".html";
                Files.writeString(PAGES.resolve(name), "<!doctype html><html><body>\n" + c.body().apply(type) + "</body></html>");
                files.add(PAGES.resolve(name).toString());
                String message = c.message().apply(type, "").replace(" @ /", " @ ");
                expected.add(PAGES.resolve(name) + ": " + (FIRST_LINE.contains(c.name()) ? message.lines().findFirst().orElse("")
                        : message.replace("\n", "\n    ")));
            }
        }
        assertEquals(2 * (EXACT.size() + FIRST_LINE.size()), files.size(), "every case named here is in the matrix");
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(files);
        CommandLine.Run run = CommandLine.run(args.toArray(new String[0]));
        assertEquals(1, run.status(), run.output());
        for (String line : expected) {
            assertTrue(run.output().contains(line), "expected\n" + line + "\nin\n" + run.output());
        }
        assertTrue(run.output().contains(files.size() + " file(s) checked, " + files.size() + " with problems"), run.output());
    }

    @Test
    void aGoodPageAndConfigPass() throws Exception {
        CommandLine.Run run = CommandLine.run("check", PAGES.resolve("fine.html").toString(), PAGES.resolve("good.toml").toString());
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("fine.html: ok"), run.output());
        assertTrue(run.output().contains("2 file(s) checked, 0 with problems"), run.output());
    }

    @Test
    void aMissingFileIsABadArgument() throws Exception {
        CommandLine.Run run = CommandLine.run("check", "no-such-page.html");
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("pyloom: no-such-page.html: no such file"), run.output());
    }
}
