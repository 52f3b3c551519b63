package io.pyloom.server.http;

import org.osgi.framework.Bundle;
import org.osgi.service.servlet.context.ServletContextHelper;

/** Pyloom's servlet context: the container's getMimeType agrees with what the servlets send. */
final class PyloomContextHelper extends ServletContextHelper {

    PyloomContextHelper(Bundle server) {
        super(server);
    }

    /** Unknown names get the container's own answer. */
    @Override
    public String getMimeType(String name) {
        return MimeTypes.known(name).orElse(null);
    }
}
