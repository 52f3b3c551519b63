package io.pyloom.server.settings;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code port} setting, handed to Felix HTTP ({@value #HTTP_PID}). Jetty stays off until then,
 * so it binds that port and nothing else first. Without a port, the HTTP service is left alone.
 */
@Component(configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class HttpPort {

    static final String HTTP_PID = "org.apache.felix.http";
    private static final Logger LOG = LoggerFactory.getLogger(HttpPort.class);

    @Activate
    public HttpPort(@Reference ConfigurationAdmin configurations, Settings settings) throws IOException {
        if (settings.port() <= 0) {
            return;
        }
        Configuration http = configurations.getConfiguration(HTTP_PID, "?");
        Dictionary<String, Object> current = http.getProperties();
        if (current != null && Integer.valueOf(settings.port()).equals(current.get("org.osgi.service.http.port"))) {
            return; // unchanged: do not restart Jetty
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("org.osgi.service.http.port", settings.port());
        properties.put("org.apache.felix.http.enable", true);
        http.update(properties);
        LOG.info("HTTP port {}", settings.port());
    }
}
