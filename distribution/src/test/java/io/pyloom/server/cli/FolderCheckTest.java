package io.pyloom.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCheckTest {

    @Test
    void aFolderOrOneThatCanBeMadeIsFineAndNothingIsMade(@TempDir Path scratch) {
        assertNull(FolderCheck.problem("--cache", scratch));
        Path missing = scratch.resolve("a/b/cache");
        assertNull(FolderCheck.problem("--cache", missing));
        assertFalse(Files.exists(scratch.resolve("a")), "the server makes it, when it needs it");
    }

    @Test
    void aFileInTheWayIsNamed(@TempDir Path scratch) throws Exception {
        Path file = Files.writeString(scratch.resolve("f"), "x");
        assertEquals("--plugins " + file + " is a file, not a folder", FolderCheck.problem("--plugins", file));
        assertEquals("--cache " + file.resolve("c/d") + " cannot be made: " + file + " is a file, not a folder",
                FolderCheck.problem("--cache", file.resolve("c/d")));
    }
}
