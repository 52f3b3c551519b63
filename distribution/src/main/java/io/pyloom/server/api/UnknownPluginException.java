package io.pyloom.server.api;

import java.util.Collection;

/** A requested plugin is not installed. */
public class UnknownPluginException extends Exception {

    public UnknownPluginException(String name, Collection<String> known) {
        super("Unknown plugin '" + name + "'. Known plugins: "
                + (known.isEmpty() ? "(none)" : String.join(", ", known)) + ".");
    }
}
