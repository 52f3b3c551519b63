package io.pyloom.server.compose;

import io.pyloom.server.api.ComposeException;
import io.pyloom.server.api.Composed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds one composition from its sources: compile, weave in the data, gather the CSS. */
final class Composition {

    private Composition() {
    }

    static Composed build(String key, List<BundleSource> sources, List<String> plugins, Interpreters interpreters,
            TeaVmCompiler compiler) throws ComposeException {
        long start = System.nanoTime();
        String compiled = compiler.compile(sources);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String js = Weaver.weave(compiled, plugins, interpreters.modules(), python(sources));
        byte[] jsBytes = js.getBytes(StandardCharsets.UTF_8);
        return new Composed(key, plugins, jsBytes, gzip(jsBytes), css(sources), millis);
    }

    /** Every source's python/ files, by path in the package root; a later bundle cannot replace an earlier file. */
    private static Map<String, String> python(List<BundleSource> sources) throws ComposeException {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (BundleSource source : sources) {
            for (String path : source.files("python")) {
                String relative = path.substring("python/".length());
                String owner = owners.putIfAbsent(relative, source.name());
                if (owner != null) {
                    throw new ComposeException("Both " + owner + " and " + source.name() + " contain python/" + relative);
                }
                files.put(relative, text(source, path));
            }
        }
        return files;
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
