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
        try {
            return SettingRules.port(value);
        } catch (BadSettingException e) {
            throw refused(spec, "--port", e);
        }
    }

    static void requireFolder(CommandSpec spec, String option, Path folder) {
        check(spec, option, () -> SettingRules.folder(folder));
    }

    static void requirePath(CommandSpec spec, String path) {
        check(spec, "--path", () -> SettingRules.path(path));
    }

    static void requireHeader(CommandSpec spec, String header) {
        check(spec, "--header", () -> SettingRules.header(header));
    }

    static void requireInterpreters(CommandSpec spec, String template) {
        check(spec, "--interpreters", () -> SettingRules.interpreters(template));
    }

    private static void check(CommandSpec spec, String option, Runnable rule) {
        try {
            rule.run();
        } catch (BadSettingException e) {
            throw refused(spec, option, e);
        }
    }

    private static ParameterException refused(CommandSpec spec, String option, BadSettingException e) {
        return new ParameterException(spec.commandLine(), option + " " + e.getMessage());
    }
}
