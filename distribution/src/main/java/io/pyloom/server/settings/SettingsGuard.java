package io.pyloom.server.settings;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configuration Admin's plugin for {@value Settings#PID}: every value a component is about to
 * get passes the same rules as the command line's options. A bad one is refused with one log
 * line, and the component gets the last good value of that setting (or its default) instead, so
 * a portal's typo never takes the server down.
 */
public final class SettingsGuard implements ConfigurationPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsGuard.class);
    private static final Map<String, Consumer<String>> RULES = Map.of(
            "port", SettingRules::portSetting,
            "path", SettingRules::path,
            "apps", value -> folder(value),
            "wheels", value -> folder(value),
            "interpreters", SettingRules::interpreters,
            "headers", SettingRules::header);

    private final Map<String, Object> lastGood = new HashMap<>();
    /** What was refused last, per setting: SCR asks once per component, the log says it once. */
    private final Map<String, String> refused = new HashMap<>();

    @Override
    public synchronized void modifyConfiguration(ServiceReference<?> target, Dictionary<String, Object> properties) {
        RULES.forEach((name, rule) -> {
            Object value = properties.get(name);
            if (value == null) {
                return;
            }
            String problem = problem(rule, value);
            if (problem == null) {
                lastGood.put(name, value);
                refused.remove(name);
                return;
            }
            Object kept = lastGood.get(name);
            if (!problem.equals(refused.put(name, problem))) {
                LOG.error("Refusing the setting {} of {}: {} {}; keeping {}", name, Settings.PID, name, problem,
                        kept == null ? "its default" : "'" + text(kept) + "'");
            }
            if (kept == null) {
                properties.remove(name);
            } else {
                properties.put(name, kept);
            }
        });
    }

    private static String problem(Consumer<String> rule, Object value) {
        try {
            for (String each : values(value)) {
                rule.accept(each);
            }
            return null;
        } catch (BadSettingException e) {
            return e.getMessage();
        }
    }

    private static void folder(String value) {
        if (!value.isEmpty()) {
            SettingRules.folder(Path.of(value));
        }
    }

    /** A setting's value as text, each element on its own: Configuration Admin allows arrays and collections. */
    private static List<String> values(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(each -> values.add(String.valueOf(each)));
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                values.add(String.valueOf(Array.get(value, i)));
            }
        } else {
            values.add(String.valueOf(value));
        }
        return values;
    }

    private static String text(Object value) {
        return String.join(", ", values(value));
    }
}
