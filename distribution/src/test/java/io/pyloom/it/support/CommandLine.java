package io.pyloom.it.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** pyloom.jar as a user runs it from a shell: {@code java -jar pyloom.jar ARGS}, until it exits. */
public final class CommandLine {

    /** What a run printed (standard output and error, interleaved) and the status it exited with. */
    public record Run(int status, String output) {
    }

    private CommandLine() {
    }

    /** The jar the build made; failsafe names it in the system property {@code pyloom.jar}. */
    public static Path jar() {
        return Path.of(System.getProperty("pyloom.jar", "target/pyloom.jar")).toAbsolutePath();
    }

    /** {@code java -jar pyloom.jar}, with the java of this JVM, ready for arguments to be added. */
    public static List<String> javaJar() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar().toString()));
    }

    /** Runs pyloom.jar with these arguments; fails when it has not exited within a minute. */
    public static Run run(String... args) throws Exception {
        List<String> command = javaJar();
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("pyloom.jar " + List.of(args) + " did not exit");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
