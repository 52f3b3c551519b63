package io.pyloom.it;

import static io.pyloom.it.support.CommandLine.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.CommandLine.Run;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pyloom.jar's command line: help for each command, and clear errors for bad arguments, a busy port and folders it cannot write. */
class CommandLineIT {

    @Test
    void helpPrintsTheUsageAndExitsCleanly() throws Exception {
        Run run = run("--help");
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("Usage: java -jar pyloom.jar [serve] [options]"), run.output());
        assertTrue(run.output().contains("--apps=DIR"), run.output());
        assertTrue(run.output().contains("--plugins=DIR"), run.output());
        assertTrue(run.output().contains("Other commands: assemble"), run.output());
    }

    @Test
    void aBadPortIsRefusedWithTheReason() throws Exception {
        Run run = run("--port", "eighty");
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("pyloom: --port needs a number from 1 to 65535, not 'eighty'"), run.output());
    }

    @Test
    void aBusyPortIsSaidInOneLineAndTheServerExitsWithOne() throws Exception {
        try (ServerSocket holder = new ServerSocket(0)) {
            int port = holder.getLocalPort();
            long started = System.nanoTime();
            Run run = run("--port", String.valueOf(port));
            System.out.printf("a busy port: exit %d after %d ms%n", run.status(), (System.nanoTime() - started) / 1_000_000);
            assertEquals(1, run.status(), run.output());
            assertTrue(run.output().contains("pyloom: port " + port + " is in use: stop what holds it, or choose another "
                    + "with --port"), run.output());
            assertFalse(run.output().contains("Failed to start"), "not Jetty's stack trace: " + run.output());
            assertFalse(run.output().contains("Pyloom serving on"), run.output());
        }
    }

    @Test
    void aCacheOrPluginsFolderTheServerCannotWriteIsSaidInOneLine(@TempDir Path scratch) throws Exception {
        Path file = Files.writeString(scratch.resolve("a-file"), "not a folder");
        for (String option : List.of("--cache", "--plugins")) {
            Run run = run(option, file.toString());
            assertEquals(1, run.status(), run.output());
            assertTrue(run.output().contains("pyloom: " + option + " " + file + " is a file, not a folder"), run.output());
            Run under = run(option, file.resolve("inside").toString());
            assertEquals(1, under.status(), under.output());
            assertTrue(under.output().contains("pyloom: " + option + " " + file.resolve("inside") + " cannot be made: "
                    + file + " is a file, not a folder"), under.output());
            assertFalse(under.output().contains("Pyloom serving on"), under.output());
        }
    }

    @Test
    void aMissingAppsFolderIsRefused() throws Exception {
        Run run = run("--apps", "/no/such/folder");
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("pyloom: --apps /no/such/folder: no such folder"), run.output());
    }

    @Test
    void anUnknownArgumentIsRefused() throws Exception {
        Run run = run("--prot", "80");
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("pyloom: unknown argument '--prot'"), run.output());
    }

    @Test
    void assembleHasItsOwnHelp() throws Exception {
        Run run = run("assemble", "--help");
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("Usage: java -jar pyloom.jar assemble --out DIR [options]"), run.output());
        assertTrue(run.output().contains("--plugins=a,b"), run.output());
    }

    @Test
    void assembleNeedsAnOutputFolder() throws Exception {
        Run run = run("assemble");
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("pyloom: Missing required option: '--out=DIR'"), run.output());
    }

    @Test
    void assembleRefusesAnUnknownPlugin() throws Exception {
        Run run = run("assemble", "--out", "target/assemble-unknown", "--plugins", "error,nosuch");
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("pyloom: Unknown plugin 'nosuch'. Known plugins: editor, error, pydom, terminal, worker."), run.output());
    }

    @Test
    void assembleNeverWritesOverSomeoneElsesFiles() throws Exception {
        java.nio.file.Path foreign = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "assemble-foreign"));
        java.nio.file.Files.writeString(foreign.resolve("notes.txt"), "mine");
        Run run = run("assemble", "--out", foreign.toString());
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("is not empty and not an earlier assembly: choose a new folder"), run.output());
        assertEquals("mine", java.nio.file.Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void badPortalSettingsAreRefused() throws Exception {
        Run path = run("--path", "portal");
        assertEquals(2, path.status(), path.output());
        assertTrue(path.output().contains("pyloom: --path needs a path like /portal/python, not 'portal'"), path.output());
        Run header = run("--header", "Bad Name: x");
        assertEquals(2, header.status(), header.output());
        assertTrue(header.output().contains("pyloom: --header 'Bad Name: x': 'Bad Name' is not a header name"), header.output());
        Run interpreters = run("--interpreters", "ftp://example.org/x");
        assertEquals(2, interpreters.status(), interpreters.output());
        assertTrue(interpreters.output().contains("pyloom: --interpreters needs a URL"), interpreters.output());
    }
}
