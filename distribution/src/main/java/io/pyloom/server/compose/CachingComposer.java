package io.pyloom.server.compose;

import io.pyloom.server.api.BrokenPluginException;
import io.pyloom.server.api.ComposeException;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import io.pyloom.server.api.UnknownPluginException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * being compiled wait for that one compilation. With a disk cache, sets survive a restart.
 */
public final class CachingComposer implements Composer {

    private static final Logger LOG = LoggerFactory.getLogger(CachingComposer.class);
    /** The compiler's and the weaver's settings: a composition cached under other settings is not reused. */
    private static final String SETTINGS = TeaVmCompiler.SETTINGS + ";weaver=2";

    private final SourceProvider sources;
    private final Interpreters interpreters;
    private final String tomlModule;
    private final TeaVmCompiler compiler;
    private final DiskCache disk;
    private final Map<String, FutureTask<Composed>> cache = new ConcurrentHashMap<>();
    // Plugins that do not compile with this kernel, by name@digest: a new version gets a new chance.
    private final Map<String, String> broken = new ConcurrentHashMap<>();
    // The hot path: the set a list of names gave, valid while the bundles stay as they were.
    private record Memo(long generation, int broken, Composed composed) {
    }

    private final Map<List<String>, Memo> memo = new ConcurrentHashMap<>();
    // TeaVM takes both cores; two compilations at once would only slow each other down.
    private final Object compiling = new Object();

    /**
     * @param tomlModule the browser TOML parser's module path relative to core.js, or null
     * @param cacheFolder where composed sets are kept across restarts, or null for memory only
     */
    public CachingComposer(SourceProvider sources, Interpreters interpreters, String tomlModule,
            TeaVmCompiler compiler, java.nio.file.Path cacheFolder) {
        this.sources = sources;
        this.interpreters = interpreters;
        this.tomlModule = tomlModule;
        this.compiler = compiler;
        this.disk = cacheFolder == null ? null : new DiskCache(cacheFolder);
    }

    @Override
    public Set<String> defaultPlugins() {
        Set<String> names = new TreeSet<>();
        sources.composable().forEach((name, source) -> {
            String key = keyIfPresent(source);
            if (key != null && !broken.containsKey(key)) {
                names.add(name);
            }
        });
        return names;
    }

    @Override
    public Map<String, String> problems() {
        Map<String, String> problems = new TreeMap<>();
        sources.composable().forEach((name, source) -> {
            String key = keyIfPresent(source);
            String problem = key == null ? null : broken.get(key);
            if (problem != null) {
                problems.put(name, problem);
            }
        });
        return problems;
    }

    /**
     * Composes a plugin alone with the kernel, so that a broken one is known before a page asks for
     * it; false when the plugin was not there to compose, or changed meanwhile (then it is checked again).
     */
    public boolean verify(String name) {
        try {
            compose(List.of(name));
            LOG.info("Plugin {} composes with this kernel", name);
        } catch (BrokenPluginException e) {
            // blame() has logged it
        } catch (UnknownPluginException e) {
            // Gone before its turn, as in a framework refresh that stops and restarts it.
            LOG.info("Plugin {} went away before it could be checked", name);
            return false;
        } catch (ComposeException e) {
            if (bundleGone(e)) {
                LOG.info("Plugin {} changed while it was checked; checking it again", name);
                return false;
            }
            LOG.error("Plugin {} cannot be used: {}", name, e.getMessage());
        }
        return true;
    }

    /** Whether a failure comes from a bundle uninstalled (or being replaced) while it was read. */
    static boolean bundleGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("uninstalled")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Composed compose(Collection<String> plugins) throws UnknownPluginException, ComposeException {
        List<String> names = List.copyOf(new TreeSet<>(plugins));
        long generation = sources.generation();
        Memo known = memo.get(names);
        if (generation >= 0 && known != null && known.generation() == generation && known.broken() == broken.size()) {
            return known.composed();
        }
        Composed composed = composeFollowingChanges(names);
        if (generation >= 0 && generation == sources.generation()) {
            memo.put(names, new Memo(generation, broken.size(), composed));
        }
        return composed;
    }

    private Composed composeFollowingChanges(Collection<String> plugins) throws UnknownPluginException, ComposeException {
        // A bundle updated or removed while its set compiles fails that compilation: compose again.
        for (int attempt = 1;; attempt++) {
            Map<String, String> before = fingerprint(plugins);
            try {
                return composeNow(plugins);
            } catch (ComposeException | RuntimeException e) {
                if (bundleGone(e) && attempt < 6) {
                    // A refresh or an update is under way: give the framework a moment, then again.
                    LOG.info("A plugin bundle changed while composing {}; composing again", plugins);
                    pause(200L * attempt);
                    continue;
                }
                if (attempt >= 3 || before.equals(fingerprint(plugins))) {
                    throw e instanceof ComposeException compose ? compose
                            : new ComposeException("Composing " + plugins + " failed: " + e, e);
                }
                LOG.info("Plugin bundles changed while composing {}; composing again", plugins);
            }
        }
    }

    /** Name to digest of the requested plugins as installed now (absent ones map to nothing). */
    private Map<String, String> fingerprint(Collection<String> plugins) {
        Map<String, String> fingerprint = new TreeMap<>();
        try {
            Map<String, BundleSource> available = sources.composable();
            for (String name : plugins) {
                BundleSource source = available.get(name);
                fingerprint.put(name, source == null ? "" : source.digest());
            }
            sources.kernel().ifPresent(kernel -> fingerprint.put("", kernel.digest()));
        } catch (RuntimeException changing) {
            fingerprint.put("", "changing: " + changing);
        }
        return fingerprint;
    }

    private Composed composeNow(Collection<String> plugins) throws UnknownPluginException, ComposeException {
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
        List<String> names = List.copyOf(chosen.keySet());
        Map<String, String> knownBroken = new TreeMap<>();
        chosen.forEach((name, source) -> {
            String problem = broken.get(brokenKey(source));
            if (problem != null) {
                knownBroken.put(name, problem);
            }
        });
        if (!knownBroken.isEmpty()) {
            throw new BrokenPluginException(knownBroken);
        }
        try {
            return composeOnce(kernel, chosen, names);
        } catch (ComposeException e) {
            throw blame(chosen, e);
        }
    }

    /** Which of the chosen plugins made a composition fail: each alone with the kernel tells. */
    private ComposeException blame(Map<String, BundleSource> chosen, ComposeException failure) {
        if (failure instanceof BrokenPluginException || chosen.isEmpty() || bundleGone(failure)) {
            return failure; // a bundle that changed under the compiler is not to blame for it
        }
        Map<String, String> culprits = new TreeMap<>();
        if (failure instanceof PythonClashException clash && chosen.containsKey(clash.claimant)) {
            String problem = "its python/" + clash.path + " is also in " + (clash.owner.equals("kernel") ? "the kernel"
                    : "the plugin " + clash.owner);
            BundleSource claimant = chosen.get(clash.claimant);
            broken.put(brokenKey(claimant), problem);
            LOG.error("Plugin {} {} cannot be used: {}", clash.claimant, claimant.version(), problem);
            culprits.put(clash.claimant, problem);
        } else if (chosen.size() == 1) {
            try {
                compose(List.of()); // the kernel alone: if it fails too, the plugin is not to blame
            } catch (UnknownPluginException | ComposeException kernelFails) {
                return failure;
            }
            Map.Entry<String, BundleSource> only = chosen.entrySet().iterator().next();
            String problem = "it cannot be composed with this kernel: " + summary(failure.getMessage());
            broken.put(brokenKey(only.getValue()), problem);
            LOG.error("Plugin {} {} cannot be used: {}", only.getKey(), only.getValue().version(), problem);
            culprits.put(only.getKey(), problem);
        } else {
            for (String name : chosen.keySet()) {
                try {
                    compose(List.of(name));
                } catch (BrokenPluginException e) {
                    culprits.put(name, broken.get(brokenKey(chosen.get(name))));
                } catch (UnknownPluginException | ComposeException e) {
                    // not this plugin's own fault
                }
            }
        }
        return culprits.isEmpty() ? failure : new BrokenPluginException(culprits);
    }

    private static String brokenKey(BundleSource source) {
        return source.name() + "@" + source.digest();
    }

    /**
     * A plugin's identity as installed now, {@code name@digest} (the broken map's key), or null for
     * a bundle uninstalled while it is read: it is no longer there.
     */
    static String keyIfPresent(BundleSource source) {
        try {
            return brokenKey(source);
        } catch (IllegalStateException | UncheckedIOException gone) {
            return null;
        }
    }

    /** TeaVM's first diagnostics, short enough for a log line and the API. */
    private static String summary(String message) {
        String[] lines = message.strip().split("\n");
        String text = lines.length > 1 ? lines[1].strip() : lines[0];
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private Composed composeOnce(BundleSource kernel, Map<String, BundleSource> chosen, List<String> names)
            throws ComposeException {
        List<BundleSource> all = new ArrayList<>();
        all.add(kernel);
        all.addAll(chosen.values());
        String key = ContentKey.of(all, SETTINGS + interpreters.hosted() + tomlModule);
        FutureTask<Composed> task = cache.computeIfAbsent(key, k -> new FutureTask<>(() -> loadOrBuild(k, all, names)));
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

    @Override
    public Optional<Composed> composed(String key) {
        FutureTask<Composed> task = cache.get(key);
        if (task != null && task.isDone()) {
            try {
                return Optional.of(task.get());
            } catch (ExecutionException | InterruptedException e) {
                return Optional.empty();
            }
        }
        if (task == null && disk != null) {
            Optional<Composed> stored = disk.load(key);
            stored.ifPresent(composed -> {
                FutureTask<Composed> done = new FutureTask<>(() -> composed);
                done.run();
                cache.putIfAbsent(key, done);
            });
            return stored;
        }
        return Optional.empty();
    }

    private Composed loadOrBuild(String key, List<BundleSource> all, List<String> names) throws ComposeException {
        if (disk != null) {
            Optional<Composed> stored = disk.load(key);
            if (stored.isPresent()) {
                LOG.info("Loaded core.js with plugins {} from the disk cache {}", names, disk.root());
                return stored.get();
            }
        }
        Composed composed = build(key, all, names);
        if (disk != null) {
            disk.store(composed);
        }
        return composed;
    }

    private Composed build(String key, List<BundleSource> all, List<String> names) throws ComposeException {
        synchronized (compiling) {
            Composed composed = Composition.build(key, all, names, interpreters, tomlModule, compiler);
            LOG.info("Composed core.js with plugins {} in {} ms: core.js {} bytes ({} gzip), its runtime {} bytes ({} gzip)",
                    names, composed.compileMillis(), composed.js().length, composed.jsGzip().length,
                    composed.runtime().length, composed.runtimeGzip().length);
            return composed;
        }
    }
}
