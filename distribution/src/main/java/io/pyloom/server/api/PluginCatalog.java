package io.pyloom.server.api;

import java.util.List;

/** The plugin bundles installed in the framework, found by their {@code pyloom.plugin} capability. */
public interface PluginCatalog {

    /** Every plugin bundle, sorted by name. */
    List<PluginInfo> plugins();
}
