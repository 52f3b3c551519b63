package io.pyloom.server.http;

import io.pyloom.server.settings.Settings;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servlet context every Pyloom servlet and filter selects, at the {@code path} setting: a
 * portal hosts Pyloom under its own path ({@code /portal/python}), and a new path moves it live.
 * Every request goes through it, so it is the one that designates the settings' form.
 */
@Component(configurationPid = Settings.PID)
@Designate(ocd = Settings.class)
public final class PyloomContext {

    static final String NAME = "pyloom";
    /** The filter a servlet or filter of this server selects the context with. */
    public static final String SELECT = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + NAME + ")";
    private static final Logger LOG = LoggerFactory.getLogger(PyloomContext.class);

    /** By name, and made on demand: without a servlet whiteboard this class must still load (see WhiteboardCheck). */
    private static final String HELPER = "org.osgi.service.servlet.context.ServletContextHelper";

    private final ServiceRegistration<?> registration;

    @Activate
    public PyloomContext(BundleContext context, Settings settings) {
        registration = context.registerService(HELPER, new ServiceFactory<Object>() {
            @Override
            public Object getService(Bundle whiteboard, ServiceRegistration<Object> registration) {
                return new PyloomContextHelper(context.getBundle());
            }

            @Override
            public void ungetService(Bundle whiteboard, ServiceRegistration<Object> registration, Object helper) {
                // nothing held
            }
        }, properties(settings));
    }

    @Modified
    void modified(Settings settings) {
        registration.setProperties(properties(settings));
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    private static Dictionary<String, Object> properties(Settings settings) {
        String path = path(settings.path());
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME, NAME);
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH, path);
        LOG.info("Pyloom's path: {}", path);
        return properties;
    }

    /** Whether the setting is a usable path: {@code /} or {@code /a/b}. */
    public static boolean isPath(String setting) {
        return setting.equals("/") || setting.matches("(/[A-Za-z0-9._~!$&'()*+,;=:@-]+)+/?");
    }

    /** {@code /a/b} (no trailing slash) or {@code /}: SettingsGuard has refused what {@link #isPath} does not allow. */
    static String path(String setting) {
        String path = setting.strip();
        if (path.isEmpty() || path.equals("/")) {
            return "/";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
