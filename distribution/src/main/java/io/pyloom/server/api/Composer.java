package io.pyloom.server.api;

import java.util.Collection;
import java.util.Set;

/** Weaves the kernel and chosen plugin bundles into a core.js; each distinct set compiles once. */
public interface Composer {

    /** Composes the kernel with exactly these plugins. */
    Composed compose(Collection<String> plugins) throws UnknownPluginException, ComposeException;

    /** The plugins of the default set: every plugin installed. */
    Set<String> defaultPlugins();
}
