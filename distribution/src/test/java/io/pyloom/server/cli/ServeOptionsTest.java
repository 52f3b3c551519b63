package io.pyloom.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.server.cli.CommandLine.ServeOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServeOptionsTest {

    @Test
    void defaultsServeTheGalleryOn8080() {
        ServeOptions options = ServeOptions.parse(new String[0]);
        assertEquals(8080, options.port());
        assertNull(options.apps());
        assertEquals(options, ServeOptions.parse(new String[] { "serve" }));
    }

    @Test
    void portAndAppsAreRead() {
        ServeOptions options = ServeOptions.parse(new String[] { "serve", "--port", "9000", "--apps", "site" });
        assertEquals(9000, options.port());
        assertEquals(Path.of("site"), options.apps());
    }

    @Test
    void badInputIsNamed() {
        assertEquals("--port needs a number from 1 to 65535, not '0'",
                assertThrows(IllegalArgumentException.class, () -> ServeOptions.parse(new String[] { "--port", "0" })).getMessage());
        assertEquals("--apps needs a value",
                assertThrows(IllegalArgumentException.class, () -> ServeOptions.parse(new String[] { "--apps" })).getMessage());
        assertEquals("--port needs a value",
                assertThrows(IllegalArgumentException.class, () -> ServeOptions.parse(new String[] { "--port", "--apps", "x" })).getMessage());
        assertEquals("'serve' must come first",
                assertThrows(IllegalArgumentException.class, () -> ServeOptions.parse(new String[] { "--port", "1", "serve" })).getMessage());
        assertTrue(ServeOptions.parse(new String[] { "--help" }).help());
    }
}
