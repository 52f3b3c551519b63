package io.pyloom.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values that the commands share; a bad value is a ParameterException (status 2). */
final class Options {

    private Options() {
    }

    static int port(CommandSpec spec, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ParameterException(spec.commandLine(), "--port needs a number from 1 to 65535, not '" + value + "'");
    }

    static void requireFolder(CommandSpec spec, String option, Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), option + " " + folder + ": no such folder");
        }
    }
}
