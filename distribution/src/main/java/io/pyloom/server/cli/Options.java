package io.pyloom.server.cli;

import io.pyloom.server.settings.BadSettingException;
import io.pyloom.server.settings.SettingRules;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The settings' rules applied to option values; a bad value is a ParameterException (status 2)
 * that names the option.
 */
final class Options {

    private Options() {
    }

    static int port(CommandSpec spec, String value) {
        return checked(spec, "--port", () -> SettingRules.port(value));
    }

    static void requireFolder(CommandSpec spec, String option, Path folder) {
        checked(spec, option, () -> {
            SettingRules.folder(folder);
            return null;
        });
    }

    static void requirePath(CommandSpec spec, String path) {
        checked(spec, "--path", () -> {
            SettingRules.path(path);
            return null;
        });
    }

    static void requireHeader(CommandSpec spec, String header) {
        checked(spec, "--header", () -> {
            SettingRules.header(header);
            return null;
        });
    }

    static void requireInterpreters(CommandSpec spec, String template) {
        checked(spec, "--interpreters", () -> {
            SettingRules.interpreters(template);
            return null;
        });
    }

    private static <T> T checked(CommandSpec spec, String option, java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (BadSettingException e) {
            throw new ParameterException(spec.commandLine(), option + " " + e.getMessage());
        }
    }
}
