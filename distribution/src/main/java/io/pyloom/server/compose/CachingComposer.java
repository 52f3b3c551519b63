package io.pyloom.server.compose;

import io.pyloom.server.api.ComposeException;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import io.pyloom.server.api.UnknownPluginException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes sets of plugins, compiling each distinct content once: concurrent requests for a set
 * being compiled wait for that one compilation.
 */
public final class CachingComposer implements Composer {

    private static final Logger LOG = LoggerFactory.getLogger(CachingComposer.class);
    private static final String SETTINGS = "teavm=es2015,full,obfuscated;weaver=1";

    private final SourceProvider sources;
    private final Interpreters interpreters;
    private final String tomlModule;
    private final TeaVmCompiler compiler;
    private final Map<String, FutureTask<Composed>> cache = new ConcurrentHashMap<>();
    // TeaVM takes both cores; two compilations at once would only slow each other down.
    private final Object compiling = new Object();

    /** @param tomlModule the browser TOML parser's module path relative to core.js, or null */
    public CachingComposer(SourceProvider sources, Interpreters interpreters, String tomlModule,
            TeaVmCompiler compiler) {
        this.sources = sources;
        this.interpreters = interpreters;
        this.tomlModule = tomlModule;
        this.compiler = compiler;
    }

    @Override
    public Set<String> defaultPlugins() {
        return new TreeSet<>(sources.composable().keySet());
    }

    @Override
    public Composed compose(Collection<String> plugins) throws UnknownPluginException, ComposeException {
        Map<String, BundleSource> available = sources.composable();
        Map<String, BundleSource> chosen = new TreeMap<>();
        for (String name : plugins) {
            BundleSource source = available.get(name);
            if (source == null) {
                throw new UnknownPluginException(name, available.keySet());
            }
            chosen.put(name, source);
        }
        BundleSource kernel = sources.kernel()
                .orElseThrow(() -> new ComposeException("The kernel bundle (io.pyloom.kernel) is not installed"));
        List<BundleSource> all = new ArrayList<>();
        all.add(kernel);
        all.addAll(chosen.values());
        List<String> names = List.copyOf(chosen.keySet());
        String key = ContentKey.of(all, SETTINGS + interpreters.hosted() + tomlModule);
        FutureTask<Composed> task = cache.computeIfAbsent(key, k -> new FutureTask<>(() -> build(k, all, names)));
        task.run(); // does nothing when another request already runs or ran it
        try {
            return task.get();
        } catch (ExecutionException e) {
            cache.remove(key, task); // a failure is not cached: the next request tries again
            if (e.getCause() instanceof ComposeException compose) {
                throw compose;
            }
            throw new ComposeException("Composing " + names + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComposeException("Interrupted while composing " + names);
        }
    }

    private Composed build(String key, List<BundleSource> all, List<String> names) throws ComposeException {
        synchronized (compiling) {
            Composed composed = Composition.build(key, all, names, interpreters, tomlModule, compiler);
            LOG.info("Composed core.js with plugins {} in {} ms: {} bytes, {} gzip", names, composed.compileMillis(),
                    composed.js().length, composed.jsGzip().length);
            return composed;
        }
    }
}
