package io.pyloom.server.settings;

import java.util.Hashtable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationPlugin;

/**
 * Puts {@link SettingsGuard} in place as the bundle starts: before Declarative Services reads
 * the configuration for any of this bundle's components, so not one of them sees a bad value.
 */
public final class SettingsStart implements BundleActivator {

    /** Inside the range in which a Configuration Admin plugin may change values. */
    private static final int RANKING = 100;

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ConfigurationPlugin.CM_TARGET, new String[] { Settings.PID });
        properties.put(ConfigurationPlugin.CM_RANKING, RANKING);
        context.registerService(ConfigurationPlugin.class, new SettingsGuard(), properties);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the plugin with the bundle
    }
}
