package io.pyloom.server.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.server.api.Composed;
import io.pyloom.server.api.UnknownPluginException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Composer over the real bundle jars and real TeaVM, outside OSGi. */
class CachingComposerTest {

    private static CachingComposer composer;
    private static SourceProvider sources;
    private static final Interpreters INTERPRETERS = new Interpreters(Map.of("micropython", List.of("1.27.0")));
    private static final String TOML = "vendor/smol-toml/1.9.1/dist/parse.js";

    @TempDir
    static Path cacheFolder;

    @BeforeAll
    static void setUp() {
        Map<String, BundleSource> plugins = new TreeMap<>();
        plugins.put("error", source("error", "plugin-error-"));
        plugins.put("pydom", source("pydom", "plugin-pydom-"));
        plugins.put("worker", source("worker", "plugin-worker-"));
        plugins.put("terminal", source("terminal", "plugin-terminal-"));
        plugins.put("editor", source("editor", "plugin-editor-"));
        BundleSource kernel = source("kernel", "kernel-");
        sources = new SourceProvider() {
            @Override
            public Optional<BundleSource> kernel() {
                return Optional.of(kernel);
            }

            @Override
            public Map<String, BundleSource> composable() {
                return plugins;
            }
        };
        composer = new CachingComposer(sources, INTERPRETERS, TOML,
                new TeaVmCompiler(CachingComposerTest.class.getClassLoader()), cacheFolder);
    }

    /** The reactor's (or the local repository's) jar of a module, from the test class path. */
    private static BundleSource source(String name, String filePrefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName().toString().startsWith(filePrefix) && entry.endsWith(".jar")) {
                return new JarSource(name, "test", path);
            }
        }
        throw new IllegalStateException("No " + filePrefix + "*.jar on the test class path");
    }

    @Test
    void concurrentRequestsForANewSetCompileItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Composed>> requests = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                requests.add(() -> composer.compose(List.of("pydom")));
            }
            List<Future<Composed>> results = pool.invokeAll(requests);
            Composed first = results.get(0).get();
            for (Future<Composed> result : results) {
                assertSame(first, result.get(), "every request got the one compilation");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theOutputHoldsTheKernelThePluginsAndTheirPython() throws Exception {
        Composed composed = composer.compose(List.of("error"));
        String js = new String(composed.js(), StandardCharsets.UTF_8);
        String runtime = new String(composed.runtime(), StandardCharsets.UTF_8);
        assertEquals(List.of("error"), composed.plugins());
        assertTrue(js.contains("\"interpreters\":{\"mpy\":\"interpreters/micropython/1.27.0/micropython.mjs\"}"), js.substring(0, 300));
        assertTrue(js.contains("\"companions\":{\"interpreters/micropython/1.27.0/micropython.mjs\":"
                + "[\"interpreters/micropython/1.27.0/micropython.wasm\"]}"), js.substring(0, 500));
        assertTrue(js.contains("\"runtimeIntegrity\":\"" + io.pyloom.server.api.Integrity.sha384(composed.runtime()) + "\""));
        assertTrue(runtime.contains("pyscript/display.py"));
        assertTrue(js.contains("\"versions\":{\"mpy\":{\"1.27.0\":\"interpreters/micropython/1.27.0/micropython.mjs\"}}"));
        assertTrue(runtime.contains("py-error"));
        assertFalse(js.contains("pyscript/display.py"), "the kernel and its Python are not in core.js itself");
        assertFalse(runtime.contains("pyweb/pydom.py"), "pydom was not chosen");
        assertTrue(new String(composed.css(), StandardCharsets.UTF_8).contains(".py-error"));
        assertTrue(composed.runtimeGzip().length < composed.runtime().length / 2);
        // The boot module: about a tenth of PyScript's 55 KB of JS before the interpreter. 5,500 B
        // until the boot started PyWorker() calls' workers and checked a worker's runtime (400 B).
        assertTrue(composed.jsGzip().length < 6_000, "core.js itself is small: " + composed.jsGzip().length);
        // The runtime is compiled while the interpreter starts, on the same cores: its size is start-up
        // time. 99 KB for the kernel and the error plugin; TeaVM's FULL optimisation made it 134 KB.
        // 121 KB with PyScript's JavaScript API (hooks, event attributes, whenDefined, PyWorker);
        // 126 KB with PyScript's config keys checked and SPI 1.3's plugin elements and missing-plugin tags.
        assertTrue(composed.runtime().length < 130_000, "the runtime grew to " + composed.runtime().length
                + " bytes; docs/benchmarks.md has what its size costs a page's start");
    }

    /** A syntax error in any @JSBody would only show as a hang in the browser: check every build. */
    @Test
    void theStandardSetsRuntimeStaysSmall() throws Exception {
        // What a hello page downloads. A plugin's large JavaScript belongs in its lazy folder
        // (xterm.js is plugin-terminal's, CodeMirror plugin-editor's), and a Java call such as
        // String.split brings TeaVM's regular expressions (over 100 KB) into every page.
        Composed composed = composer.compose(List.of("editor", "error", "pydom", "terminal", "worker"));
        assertTrue(composed.runtime().length < 175_000, "the standard set's runtime grew to "
                + composed.runtime().length + " bytes");
        String runtime = new String(composed.runtime(), StandardCharsets.UTF_8);
        assertFalse(runtime.contains("xterm-helper-textarea"), "xterm.js is fetched by pages with a terminal only");
        assertFalse(runtime.contains("cm-content"), "CodeMirror is fetched by pages with an editor only");
    }

    @Test
    void theComposedModuleIsValidJavaScript() throws Exception {
        Composed composed = composer.compose(List.of("error", "pydom"));
        Path module = java.nio.file.Files.createTempFile("core", ".mjs");
        try {
            for (byte[] js : List.of(composed.js(), composed.runtime())) {
                java.nio.file.Files.write(module, js);
                Process check = new ProcessBuilder("node", "--check", module.toString()).redirectErrorStream(true).start();
                String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, check.waitFor(), "node --check:\n" + output);
            }
        } finally {
            java.nio.file.Files.delete(module);
        }
    }

    @Test
    void aSetSurvivesARestartInTheDiskCache() throws Exception {
        Composed composed = composer.compose(List.of("error"));
        // No compiler: a restarted composer that tried to compile would fail.
        CachingComposer restarted = new CachingComposer(sources, INTERPRETERS, TOML, null, cacheFolder);
        Composed again = restarted.compose(List.of("error"));
        assertEquals(composed.key(), again.key());
        assertArrayEquals(composed.js(), again.js());
        assertArrayEquals(composed.jsGzip(), again.jsGzip());
        assertArrayEquals(composed.runtime(), again.runtime());
        assertArrayEquals(composed.runtimeGzip(), again.runtimeGzip());
        assertArrayEquals(composed.css(), again.css());
        assertEquals(composed.compileMillis(), again.compileMillis());
        CachingComposer third = new CachingComposer(sources, INTERPRETERS, TOML, null, cacheFolder);
        assertArrayEquals(composed.js(), third.composed(composed.key()).orElseThrow().js(), "found by key alone");
        assertEquals(composed.jsIntegrity(), third.composed(composed.key()).orElseThrow().jsIntegrity());
        assertTrue(composed.jsIntegrity().startsWith("sha384-"));
    }

    @Test
    void aDamagedCacheEntryIsComposedAgain() throws Exception {
        Composed composed = composer.compose(List.of("error", "pydom"));
        java.nio.file.Files.delete(cacheFolder.resolve(composed.key()).resolve("core.js"));
        CachingComposer restarted = new CachingComposer(sources, INTERPRETERS, TOML,
                new TeaVmCompiler(CachingComposerTest.class.getClassLoader()), cacheFolder);
        assertTrue(restarted.composed(composed.key()).isEmpty(), "an unreadable entry is not served");
        assertArrayEquals(composed.js(), restarted.compose(List.of("error", "pydom")).js());
        assertTrue(java.nio.file.Files.isRegularFile(cacheFolder.resolve(composed.key()).resolve("core.js")), "and stored again");
    }

    @Test
    void anUnknownKeyHasNoSet() {
        assertTrue(composer.composed("0123456789abcdef0123456789abcdef").isEmpty());
    }

    /** The background check of a new plugin tells "checked" from "not there to check" (then it is retried). */
    @Test
    void verifyingAPluginThatIsGoneSaysSo() {
        assertFalse(composer.verify("gone-meanwhile"));
        assertTrue(composer.verify("error"));
    }

    @Test
    void aBundleUninstalledUnderTheCompilerIsToldApart() {
        assertTrue(CachingComposer.bundleGone(new io.pyloom.server.api.ComposeException("TeaVM failed",
                new RuntimeException(new IllegalStateException("The bundle is uninstalled.")))));
        assertFalse(CachingComposer.bundleGone(new io.pyloom.server.api.ComposeException("TeaVM failed",
                new IllegalStateException("something else"))));
    }

    @Test
    void unknownPluginsAreNamed() {
        UnknownPluginException e = assertThrows(UnknownPluginException.class, () -> composer.compose(List.of("nope")));
        assertEquals("Unknown plugin 'nope'. Known plugins: editor, error, pydom, terminal, worker.", e.getMessage());
    }

    /** A bundle uninstalled while the API lists plugins: Felix throws on reading its entries. */
    @Test
    void aBundleGoneWhileListedIsLeftOutNotAFailure() {
        BundleSource gone = new BundleSource() {
            public String name() { return "gone"; }
            public String version() { return "1.0.0"; }
            public java.net.URL entry(String path) { return null; }
            public List<String> files(String folder) { throw new IllegalStateException("The bundle is uninstalled."); }
        };
        Map<String, BundleSource> plugins = new TreeMap<>(sources.composable());
        plugins.put("gone", gone);
        SourceProvider changing = new SourceProvider() {
            public Optional<BundleSource> kernel() { return sources.kernel(); }
            public Map<String, BundleSource> composable() { return plugins; }
        };
        CachingComposer listing = new CachingComposer(changing, INTERPRETERS, TOML, null, null);
        assertEquals(Map.of(), listing.problems());
        assertEquals(java.util.Set.of("editor", "error", "pydom", "terminal", "worker"), listing.defaultPlugins());
    }
}
