package io.pyloom.bench;

import com.microsoft.playwright.Page;
import io.pyloom.it.support.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * The JavaScript a page loaded, from its resource timing: each file's size raw and gzipped (as a
 * server that compresses would send it), fetched again after the load so that nothing listens to
 * the network while the load is timed.
 */
final class ScriptBytes {

    /** JS loaded before the interpreter module was asked for (raw, gzip), and all of it (gzip). */
    record Counts(long beforeRaw, long beforeGzip, long allGzip) {
    }

    private static final String SCRIPTS = "(module) => { const all = performance.getEntriesByType('resource');"
            + " const asked = Math.min(...all.filter(r => new URL(r.name).pathname.endsWith(module)).map(r => r.startTime));"
            + " return all.filter(r => /\\.m?js$/.test(new URL(r.name).pathname) && !r.name.includes('/interpreters/'))"
            + "  .map(r => ({ url: r.name, before: r.startTime < asked })); }";

    private final Http http = Http.to(""); // whole URLs, as the page saw them
    private final Map<String, long[]> sizes = new ConcurrentHashMap<>();

    /** @param module the end of the interpreter module's path, e.g. {@code /micropython.mjs} */
    @SuppressWarnings("unchecked")
    Counts of(Page page, String module) {
        long beforeRaw = 0;
        long beforeGzip = 0;
        long allGzip = 0;
        for (Map<String, Object> script : (List<Map<String, Object>>) page.evaluate(SCRIPTS, module)) {
            long[] size = sizes.computeIfAbsent((String) script.get("url"), this::measure);
            allGzip += size[1];
            if (Boolean.TRUE.equals(script.get("before"))) {
                beforeRaw += size[0];
                beforeGzip += size[1];
            }
        }
        return new Counts(beforeRaw, beforeGzip, allGzip);
    }

    private long[] measure(String url) {
        try {
            byte[] body = http.getBytes(url).body();
            return new long[] { body.length, gzipped(body) };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long gzipped(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
