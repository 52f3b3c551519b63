package io.pyloom.server.compose;

import io.pyloom.server.api.ComposeException;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import io.pyloom.server.api.UnknownPluginException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.nio.file.Path;
import io.pyloom.server.settings.Settings;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The Composer service: TeaVM from this bundle's class path over the tracked kernel and plugins,
 * with composed sets kept in the {@code cache} folder of the settings.
 */
@Component(service = Composer.class, configurationPid = Settings.PID)
public final class ComposerComponent implements Composer {

    private final SourceProvider sources;
    private final Map<String, List<String>> hosted;
    private final Map<String, Map<String, Object>> snapshots;
    private final String toml;
    private volatile Path cacheFolder;
    private volatile String interpretersTemplate;
    private volatile CachingComposer composer;
    // Plugins (name@digest) seen so far: one that comes later is composed alone at once, in the
    // background, so a broken one is reported before a page asks for it.
    private final Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ExecutorService verifier = java.util.concurrent.Executors.newSingleThreadExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "pyloom-plugin-verifier");
                thread.setDaemon(true);
                return thread;
            });
    private final Runnable onChange = this::verifyNewPlugins;

    @Activate
    public ComposerComponent(@Reference SourceProvider sources, BundleContext context, Settings settings) {
        this.sources = sources;
        this.hosted = Interpreters.versionsIn(context.getBundle());
        this.snapshots = SnapshotDescriptions.in(context.getBundle(), hosted);
        String vendor = "vendor/smol-toml/";
        this.toml = FolderVersions.newest(Interpreters.entries(context.getBundle(), vendor).stream()
                .filter(entry -> entry.endsWith("/")) // the version folders
                .map(folder -> folder.substring(vendor.length(), folder.length() - 1)).toList())
                .map(version -> vendor + version + "/dist/parse.js").orElse(null);
        modified(settings);
        sources.composable().values().stream().map(CachingComposer::keyIfPresent).filter(java.util.Objects::nonNull)
                .forEach(seen::add);
        sources.addListener(onChange);
    }

    @Deactivate
    void deactivate() {
        sources.removeListener(onChange);
        verifier.shutdownNow();
    }

    private void verifyNewPlugins() {
        sources.composable().forEach((name, source) -> {
            String key = CachingComposer.keyIfPresent(source);
            if (key != null && seen.add(key)) {
                verifier.submit(() -> {
                    if (!composer.verify(name)) {
                        // It went away before its turn (a refresh stops and restarts bundles) and
                        // may be back already: forget it, and look again.
                        seen.remove(key);
                        verifyNewPlugins();
                    }
                });
            }
        });
    }

    /**
     * Other settings change without a restart of the composer (and its cache); a new cache folder
     * or interpreter location starts afresh.
     */
    @Modified
    void modified(Settings settings) {
        Path folder = settings.cache().isEmpty() ? null : Path.of(settings.cache()).toAbsolutePath();
        String template = settings.interpreters().strip();
        if (composer == null || !java.util.Objects.equals(folder, cacheFolder) || !template.equals(interpretersTemplate)) {
            cacheFolder = folder;
            interpretersTemplate = template;
            composer = new CachingComposer(sources, new Interpreters(hosted, template, snapshots), toml,
                    new TeaVmCompiler(ComposerComponent.class.getClassLoader()), folder);
        }
    }

    @Override
    public Composed compose(Collection<String> plugins) throws UnknownPluginException, ComposeException {
        return composer.compose(plugins);
    }

    @Override
    public Optional<Composed> composed(String key) {
        return composer.composed(key);
    }

    @Override
    public Map<String, String> problems() {
        return composer.problems();
    }

    @Override
    public Set<String> defaultPlugins() {
        return composer.defaultPlugins();
    }
}
