package io.pyloom.server.api;

/**
 * A plugin bundle as the server sees it.
 *
 * @param name    the plugin's name, from its {@code pyloom.plugin} capability
 * @param version the capability's version
 * @param bundle  the bundle's symbolic name
 * @param state   {@code active}, {@code resolved}, {@code installed (unresolved)} ...
 * @param problem why the plugin cannot be used (it does not resolve, or does not compile), or null
 */
public record PluginInfo(String name, String version, String bundle, String state, String problem) {

    public PluginInfo withProblem(String problem) {
        return new PluginInfo(name, version, bundle, state, problem);
    }
}
