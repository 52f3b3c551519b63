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

    static void requirePath(CommandSpec spec, String path) {
        if (!io.pyloom.server.http.PyloomContext.isPath(path)) {
            throw new ParameterException(spec.commandLine(), "--path needs a path like /portal/python, not '" + path + "'");
        }
    }

    static void requireHeader(CommandSpec spec, String header) {
        try {
            io.pyloom.server.http.ResponseHeaders.parse(header);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--header '" + header + "': " + e.getMessage());
        }
    }

    static void requireInterpreters(CommandSpec spec, String template) {
        if (!template.isEmpty() && (!template.contains("{file}") || !template.matches("(https?://|/).*"))) {
            throw new ParameterException(spec.commandLine(), "--interpreters needs a URL (http://, https:// or /...) "
                    + "with {file} in it, and {name} and {version} as needed, not '" + template + "'");
        }
    }
}
