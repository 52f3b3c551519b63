package io.pyloom.server.compose;

import io.pyloom.server.api.ComposeException;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Integrity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds one composition from its sources: compile, weave in the data, gather the CSS. */
final class Composition {

    /** The kernel bundle's boot script: core.js after its data. */
    static final String BOOT_SCRIPT = "boot/boot.js";
    /** A bundle's browser JavaScript, a classic script bundled from its src/main/js, put ahead of the runtime. */
    static final String RUNTIME_SCRIPT = "js/runtime.js";
    /** A bundle's files served beside the runtime and fetched only when a page needs them. */
    static final String LAZY = "lazy";
    /** Its Python modules, imported through a stub the runtime carries instead. */
    static final String LAZY_PYTHON = LAZY + "/python";

    private Composition() {
    }

    /**
     * @param sources    the kernel first, then the chosen plugins
     * @param tomlModule the browser TOML parser's module, relative to core.js, or null when not hosted
     */
    static Composed build(String key, List<BundleSource> sources, List<String> plugins, Interpreters interpreters,
            String tomlModule, TeaVmCompiler compiler) throws ComposeException {
        long start = System.nanoTime();
        String compiled = compiler.compile(sources);
        long millis = (System.nanoTime() - start) / 1_000_000;
        byte[] runtime = Weaver.utf8(Weaver.runtime(scripts(sources), compiled, python(sources)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("plugins", plugins);
        data.put("interpreters", interpreters.modules());
        data.put("versions", interpreters.hosted());
        data.put("companions", interpreters.companions());
        data.put("snapshots", interpreters.snapshots());
        data.put("toml", tomlModule);
        data.put("runtime", Composed.runtimeName(key));
        data.put("runtimeIntegrity", Integrity.sha384(runtime));
        byte[] boot = Weaver.utf8(Weaver.boot(data, text(sources.get(0), BOOT_SCRIPT)));
        return new Composed(key, plugins, boot, gzip(boot), runtime, gzip(runtime), css(sources), lazy(sources), millis);
    }

    /**
     * Every source's python/ files, grouped by source (the kernel writes only those of the plugins a
     * page keeps), each by its path in the package root. A module under {@code lazy/python/} is
     * there as a stub that fetches it on its first import. Two bundles cannot claim one file.
     */
    private static Map<String, Map<String, String>> python(List<BundleSource> sources) throws ComposeException {
        Map<String, Map<String, String>> bySource = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (BundleSource source : sources) {
            Map<String, String> files = new LinkedHashMap<>();
            for (String path : source.files("python")) {
                claim(owners, source, path.substring("python/".length()));
                files.put(path.substring("python/".length()), text(source, path));
            }
            for (String path : source.files(LAZY_PYTHON)) {
                String relative = path.substring(LAZY_PYTHON.length() + 1);
                claim(owners, source, relative);
                files.put(relative, LazyPython.stub(relative));
            }
            bySource.put(source.name(), files);
        }
        return bySource;
    }

    private static void claim(Map<String, String> owners, BundleSource source, String relative)
            throws PythonClashException {
        String owner = owners.putIfAbsent(relative, source.name());
        if (owner != null) {
            throw new PythonClashException(owner, source.name(), relative);
        }
    }

    /** Every source's lazy/ files, by their path under lazy/; two bundles cannot claim one. */
    private static Map<String, byte[]> lazy(List<BundleSource> sources) throws ComposeException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (BundleSource source : sources) {
            for (String path : source.files(LAZY)) {
                String relative = path.substring(LAZY.length() + 1);
                String owner = owners.putIfAbsent(relative, source.name());
                if (owner != null) {
                    throw new ComposeException("Both " + owner + " and " + source.name() + " contain " + path);
                }
                try {
                    files.put(relative, source.read(path));
                } catch (IOException e) {
                    throw new ComposeException("Cannot read " + path + " from " + source.name() + ": " + e.getMessage(), e);
                }
            }
        }
        return files;
    }

    /** Each source's {@link #RUNTIME_SCRIPT}, the kernel's first, in the sources' order. */
    private static String scripts(List<BundleSource> sources) throws ComposeException {
        StringBuilder scripts = new StringBuilder();
        for (BundleSource source : sources) {
            if (source.files("js").contains(RUNTIME_SCRIPT)) {
                scripts.append(text(source, RUNTIME_SCRIPT).strip()).append('\n');
            }
        }
        return scripts.toString();
    }

    private static byte[] css(List<BundleSource> sources) throws ComposeException {
        StringBuilder css = new StringBuilder();
        for (BundleSource source : sources) {
            for (String path : source.files("css")) {
                css.append("/* ").append(source.name()).append(": ").append(path).append(" */\n");
                css.append(text(source, path)).append('\n');
            }
        }
        return css.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(BundleSource source, String path) throws ComposeException {
        try {
            return new String(source.read(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ComposeException("Cannot read " + path + " from " + source.name() + ": " + e.getMessage(), e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
