package io.pyloom.server.http;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The {@code plugins} query parameter: {@code a,b}; empty means the kernel alone; absent means all. */
final class PluginSet {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final int MAX_LENGTH = 2048;

    private PluginSet() {
    }

    /** @throws IllegalArgumentException with a message fit for a 400 response */
    static Set<String> parse(String parameter) {
        if (parameter.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The plugins parameter is longer than " + MAX_LENGTH + " characters.");
        }
        Set<String> names = new TreeSet<>();
        for (String raw : parameter.split(",", -1)) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Malformed plugin name '" + printable(name)
                        + "': use lower-case letters, digits, '.', '_' and '-'.");
            }
            names.add(name);
        }
        return names;
    }

    private static String printable(String name) {
        String shortened = name.length() > 64 ? name.substring(0, 64) + "..." : name;
        return shortened.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
