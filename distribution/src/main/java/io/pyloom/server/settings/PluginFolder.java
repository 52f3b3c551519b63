package io.pyloom.server.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code plugins} setting: Felix FileInstall watches that folder (through its configuration
 * factory), so a plugin bundle dropped in is installed and started, and one deleted is removed.
 */
@Component(configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class PluginFolder {

    static final String FILEINSTALL_FACTORY = "org.apache.felix.fileinstall";
    private static final Logger LOG = LoggerFactory.getLogger(PluginFolder.class);

    @Activate
    public PluginFolder(@Reference ConfigurationAdmin configurations, Settings settings) throws IOException {
        var watcher = configurations.getFactoryConfiguration(FILEINSTALL_FACTORY, "pyloom-plugins", "?");
        if (settings.plugins().isEmpty()) {
            if (watcher.getProperties() != null) {
                watcher.delete();
            }
            return;
        }
        Path folder = Path.of(settings.plugins()).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            LOG.error("Cannot watch {} for plugin bundles: {}", folder, e.toString());
            return;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("felix.fileinstall.dir", folder.toString());
        properties.put("felix.fileinstall.filter", ".*\\.jar");
        properties.put("felix.fileinstall.poll", "1000");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        properties.put("felix.fileinstall.bundles.new.start", "true");
        properties.put("felix.fileinstall.log.level", "2");
        Dictionary<String, Object> current = watcher.getProperties();
        if (current == null || !folder.toString().equals(current.get("felix.fileinstall.dir"))) {
            watcher.update(properties);
        }
        LOG.info("Watching {} for plugin bundles", folder);
    }
}
