package io.pyloom.server.compose;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * What TeaVM sees when it compiles a composition: the TeaVM toolchain from the parent loader, and
 * Pyloom's own classes and plugin service file only from the chosen bundles. Whatever else happens
 * to be on the parent's class path, an unchosen plugin cannot leak into the output.
 */
final class ComposeClassLoader extends ClassLoader {

    static final String PLUGIN_SERVICES = "META-INF/services/io.pyloom.kernel.spi.Plugin";

    private final List<BundleSource> sources;

    ComposeClassLoader(List<BundleSource> sources, ClassLoader toolchain) {
        super(toolchain);
        this.sources = List.copyOf(sources);
    }

    private static boolean ours(String name) {
        return name.startsWith("io/pyloom/") || name.equals(PLUGIN_SERVICES);
    }

    @Override
    public URL getResource(String name) {
        return ours(name) ? findResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return ours(name) ? findResources(name) : super.getResources(name);
    }

    @Override
    protected URL findResource(String name) {
        for (BundleSource source : sources) {
            URL url = source.entry(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        List<URL> found = new ArrayList<>();
        for (BundleSource source : sources) {
            URL url = source.entry(name);
            if (url != null) {
                found.add(url);
            }
        }
        return Collections.enumeration(found);
    }
}
