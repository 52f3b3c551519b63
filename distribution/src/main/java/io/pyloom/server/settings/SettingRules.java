package io.pyloom.server.settings;

import io.pyloom.server.http.PyloomContext;
import io.pyloom.server.http.ResponseHeaders;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a usable value of each setting is: one rule each, used by the command line (before it
 * writes the configuration) and by {@link SettingsGuard} (for what a portal writes itself).
 */
public final class SettingRules {

    private SettingRules() {
    }

    /** A port to listen on, from 1 to 65535. */
    public static int port(String value) {
        int port = number(value);
        if (port < 1 || port > 65535) {
            throw new BadSettingException("needs a number from 1 to 65535, not '" + value + "'");
        }
        return port;
    }

    /** The {@code port} setting: a port, or 0 to leave Felix HTTP's own configuration alone. */
    static int portSetting(String value) {
        int port = number(value);
        if (port < 0 || port > 65535) {
            throw new BadSettingException("needs a number from 1 to 65535 (or 0 to leave the HTTP service alone), not '"
                    + value + "'");
        }
        return port;
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadSettingException("needs a number from 1 to 65535, not '" + value + "'");
        }
    }

    /** A folder that is there; none given is fine. */
    public static void folder(Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new BadSettingException(folder + ": no such folder");
        }
    }

    /** {@code /} or a path such as {@code /portal/python}; blank is {@code /}. */
    public static void path(String path) {
        if (!path.isBlank() && !PyloomContext.isPath(path.strip())) {
            throw new BadSettingException("needs a path like /portal/python, not '" + path + "'");
        }
    }

    /** {@code Name: value}, or {@code Name:} to drop a default header. */
    public static void header(String header) {
        try {
            ResponseHeaders.parse(header);
        } catch (IllegalArgumentException e) {
            throw new BadSettingException("'" + header + "': " + e.getMessage());
        }
    }

    /** Empty (this server's copies), or a URL template with {@code {file}} in it. */
    public static void interpreters(String template) {
        if (!template.isEmpty() && (!template.contains("{file}") || !template.matches("(https?://|/).*"))) {
            throw new BadSettingException("needs a URL (http://, https:// or /...) with {file} in it, and {name} and "
                    + "{version} as needed, not '" + template + "'");
        }
    }
}
