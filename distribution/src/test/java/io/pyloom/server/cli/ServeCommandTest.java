package io.pyloom.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** serve's options as picocli reads them; the whole command line runs in CommandLineIT. */
class ServeCommandTest {

    private static ServeCommand parse(String... args) {
        ServeCommand serve = new ServeCommand(null);
        new CommandLine(serve).parseArgs(args);
        return serve;
    }

    @Test
    void defaultsServeTheGalleryOn8080WatchingPlugins() {
        ServeCommand serve = parse();
        assertEquals("8080", serve.port);
        assertNull(serve.apps);
        assertEquals(Path.of("plugins"), serve.plugins);
        assertEquals(Path.of("pyloom-cache"), serve.cache);
    }

    @Test
    void optionsAreRead() {
        ServeCommand serve = parse("--port", "9000", "--apps", "site", "--plugins", "drop", "--cache", "c");
        assertEquals("9000", serve.port);
        assertEquals(Path.of("site"), serve.apps);
        assertEquals(Path.of("drop"), serve.plugins);
        assertEquals(Path.of("c"), serve.cache);
    }

    @Test
    void aPortMustBeANumberInRange() {
        ServeCommand serve = parse();
        serve.spec = new CommandLine(serve).getCommandSpec();
        for (String bad : new String[] { "0", "65536", "eighty" }) {
            assertEquals("--port needs a number from 1 to 65535, not '" + bad + "'",
                    assertThrows(ParameterException.class, () -> Options.port(serve.spec, bad)).getMessage());
        }
        assertEquals(443, Options.port(serve.spec, "443"));
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThrows(ParameterException.class, () -> parse("--apps"));
    }
}
