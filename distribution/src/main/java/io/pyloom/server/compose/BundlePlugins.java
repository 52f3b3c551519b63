package io.pyloom.server.compose;

import io.pyloom.server.api.PluginCatalog;
import io.pyloom.server.api.PluginInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the kernel and plugin bundles by their capabilities ({@code pyloom.kernel},
 * {@code pyloom.plugin}): a bundle installed or removed at run time appears or disappears here.
 */
@Component(service = { PluginCatalog.class, SourceProvider.class })
public final class BundlePlugins implements PluginCatalog, SourceProvider {

    static final String PLUGIN_NAMESPACE = "pyloom.plugin";
    static final String KERNEL_NAMESPACE = "pyloom.kernel";
    private static final int TRACKED = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE;
    private static final Logger LOG = LoggerFactory.getLogger(BundlePlugins.class);

    private BundleTracker<OsgiBundleSource> tracker;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    // Why an installed plugin bundle does not resolve, as the framework puts it.
    private final Map<Bundle, String> unresolved = new ConcurrentHashMap<>();
    private final ExecutorService explainer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pyloom-plugin-resolution");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    void activate(BundleContext context) {
        tracker = new BundleTracker<>(context, TRACKED, null) {
            @Override
            public OsgiBundleSource addingBundle(Bundle bundle, BundleEvent event) {
                OsgiBundleSource source = sourceOf(bundle);
                if (source != null) {
                    LOG.info("{} {} {} from bundle {}", isKernel(source) ? "Kernel" : "Plugin", source.name(),
                            source.version(), bundle.getSymbolicName());
                    changed(bundle);
                }
                return source;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, OsgiBundleSource source) {
                changed(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, OsgiBundleSource source) {
                LOG.info("{} {} {} removed", isKernel(source) ? "Kernel" : "Plugin", source.name(), source.version());
                unresolved.remove(bundle);
                generation.incrementAndGet();
                listeners.forEach(Runnable::run);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        explainer.shutdownNow();
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public long generation() {
        return generation.get();
    }

    private void changed(Bundle bundle) {
        generation.incrementAndGet();
        if (bundle.getState() == Bundle.INSTALLED) {
            explainer.submit(() -> explain(bundle));
        } else {
            unresolved.remove(bundle);
        }
        listeners.forEach(Runnable::run);
    }

    /** Starting an unresolved bundle fails with the framework's account of what is missing. */
    private void explain(Bundle bundle) {
        if (bundle.getState() != Bundle.INSTALLED) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            if (unresolved.put(bundle, e.getMessage()) == null) {
                LOG.error("Plugin bundle {} {} cannot be used: {}", bundle.getSymbolicName(), bundle.getVersion(),
                        e.getMessage());
            }
        } catch (IllegalStateException uninstalled) {
            // gone meanwhile
        }
    }

    @Override
    public List<PluginInfo> plugins() {
        List<PluginInfo> plugins = new ArrayList<>();
        for (OsgiBundleSource source : tracked()) {
            if (!isKernel(source)) {
                plugins.add(new PluginInfo(source.name(), source.version(), source.bundle().getSymbolicName(),
                        stateOf(source.bundle()), unresolved.get(source.bundle())));
            }
        }
        plugins.sort(Comparator.comparing(PluginInfo::name));
        return plugins;
    }

    @Override
    public Optional<BundleSource> kernel() {
        return tracked().stream().filter(BundlePlugins::isKernel).findFirst().map(BundleSource.class::cast);
    }

    @Override
    public Map<String, BundleSource> composable() {
        Map<String, BundleSource> byName = new TreeMap<>();
        for (OsgiBundleSource source : tracked()) {
            if (!isKernel(source) && isUsable(source.bundle())) {
                byName.put(source.name(), source);
            }
        }
        return byName;
    }

    private List<OsgiBundleSource> tracked() {
        Map<Bundle, OsgiBundleSource> all = tracker.getTracked();
        return new ArrayList<>(all.values());
    }

    /** The kernel by its capability: a plugin that calls itself "kernel" is still a plugin. */
    private static boolean isKernel(OsgiBundleSource source) {
        BundleRevision revision = source.bundle().adapt(BundleRevision.class);
        return revision != null && !revision.getDeclaredCapabilities(KERNEL_NAMESPACE).isEmpty();
    }

    /** A plugin whose SPI import does not resolve would not compile against this kernel. */
    private static boolean isUsable(Bundle bundle) {
        return (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0;
    }

    private static OsgiBundleSource sourceOf(Bundle bundle) {
        String[] identity = identify(bundle);
        return identity == null ? null : new OsgiBundleSource(bundle, identity);
    }

    /** The plugin name and version a bundle declares ({@code kernel} for the kernel), or null. */
    static String[] identify(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return null;
        }
        if (!revision.getDeclaredCapabilities(KERNEL_NAMESPACE).isEmpty()) {
            return new String[] { "kernel", bundle.getVersion().toString() };
        }
        for (BundleCapability capability : revision.getDeclaredCapabilities(PLUGIN_NAMESPACE)) {
            Object name = capability.getAttributes().get(PLUGIN_NAMESPACE);
            Object version = capability.getAttributes().get("version");
            if (name != null) {
                return new String[] { name.toString(), String.valueOf(version) };
            }
        }
        return null;
    }

    private static String stateOf(Bundle bundle) {
        switch (bundle.getState()) {
            case Bundle.ACTIVE: return "active";
            case Bundle.RESOLVED: return "resolved";
            case Bundle.STARTING: return "starting";
            case Bundle.INSTALLED: return "installed (unresolved)";
            default: return "stopping";
        }
    }
}
