package io.pyloom.server;

import io.pyloom.server.settings.Settings;
import io.pyloom.server.settings.SettingsGuard;
import java.util.Hashtable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationPlugin;

/**
 * What must be in place as the bundle starts, before Declarative Services reads the configuration
 * for any of its components: {@link SettingsGuard}, so that not one component sees a bad value,
 * and the word on a missing servlet whiteboard ({@link WhiteboardCheck}).
 */
public final class ServerStart implements BundleActivator {

    /** Inside the range in which a Configuration Admin plugin may change values. */
    private static final int RANKING = 100;

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ConfigurationPlugin.CM_TARGET, new String[] { Settings.PID });
        properties.put(ConfigurationPlugin.CM_RANKING, RANKING);
        context.registerService(ConfigurationPlugin.class, new SettingsGuard(), properties);
        WhiteboardCheck.report(context.getBundle());
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the plugin with the bundle
    }
}
