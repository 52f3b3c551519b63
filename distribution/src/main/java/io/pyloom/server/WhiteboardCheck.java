package io.pyloom.server;

import java.util.List;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pyloom serves through the Jakarta Servlet Whiteboard 2.0 ({@code org.osgi.service.servlet}
 * 2.0 with {@code jakarta.servlet} 6). Its imports are optional so the bundle starts without
 * one; then this says so in one line. Nothing else fails: the servlets and the servlet context
 * are services made on demand, and with no whiteboard nobody asks for them.
 */
final class WhiteboardCheck {

    /** What the bundle imports of it; the whiteboard's own package is constants, compiled in. */
    static final List<String> NEEDED = List.of("jakarta.servlet", "org.osgi.service.servlet.context");
    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardCheck.class);

    private WhiteboardCheck() {
    }

    static void report(Bundle server) {
        List<String> missing = missing(server);
        if (!missing.isEmpty()) {
            LOG.error("Pyloom serves nothing here: this framework has no Jakarta Servlet Whiteboard 2.0 (missing {}). "
                    + "Install one, such as Apache Felix HTTP Jetty 12 (org.apache.felix.http.jetty12 with "
                    + "org.apache.felix.http.servlet-api 6), then refresh bundle {}", String.join(", ", missing),
                    server.getSymbolicName());
        }
    }

    static List<String> missing(Bundle server) {
        BundleWiring wiring = server.adapt(BundleWiring.class);
        List<String> wired = wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .map(BundleWire::getCapability)
                .map(capability -> (String) capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
                .collect(Collectors.toList());
        return NEEDED.stream().filter(name -> !wired.contains(name)).collect(Collectors.toList());
    }
}
