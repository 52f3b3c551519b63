package io.pyloom.server.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Weaves the kernel and chosen plugin bundles into a core.js; each distinct set compiles once. */
public interface Composer {

    /** Composes the kernel with exactly these plugins. */
    Composed compose(Collection<String> plugins) throws UnknownPluginException, ComposeException;

    /** A set composed before (in memory or in the disk cache) by its key, if there is one. */
    Optional<Composed> composed(String key);

    /** The plugins of the default set: every plugin installed that is not broken. */
    Set<String> defaultPlugins();

    /** Installed plugins that do not compile with this kernel, by name, with the reason. */
    Map<String, String> problems();
}
