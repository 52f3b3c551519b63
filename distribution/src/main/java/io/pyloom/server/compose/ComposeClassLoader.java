package io.pyloom.server.compose;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * What TeaVM sees when it compiles a composition: the chosen bundles first (a third-party plugin's
 * classes are in its own packages), then the TeaVM toolchain from the parent loader. Pyloom's own
 * classes and the plugin service file come only from the chosen bundles: whatever else is on the
 * parent's class path, an unchosen plugin cannot leak into the output.
 */
final class ComposeClassLoader extends ClassLoader {

    static final String PLUGIN_SERVICES = "META-INF/services/io.pyloom.kernel.spi.Plugin";

    private final List<BundleSource> sources;

    ComposeClassLoader(List<BundleSource> sources, ClassLoader toolchain) {
        super(toolchain);
        this.sources = List.copyOf(sources);
    }

    private static boolean onlyOurs(String name) {
        return name.startsWith("io/pyloom/") || name.equals(PLUGIN_SERVICES);
    }

    @Override
    public URL getResource(String name) {
        URL chosen = findResource(name);
        return chosen != null || onlyOurs(name) ? chosen : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (onlyOurs(name)) {
            return findResources(name);
        }
        List<URL> all = Collections.list(findResources(name));
        all.addAll(Collections.list(super.getResources(name)));
        return Collections.enumeration(all);
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
