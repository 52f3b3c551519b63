package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.it.support.Http;
import io.pyloom.it.support.PyloomServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP contract of pyloom.jar: composed core.js, interpreters, API, headers. */
class ServerIT {

    private static PyloomServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = PyloomServer.start("server-it");
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The runtime core.js names (the kernel and plugins), which is served immutable beside it. */
    private static String withRuntime(String coreJs) throws Exception {
        java.util.Optional<String> runtime = PyloomServer.runtimeOf(coreJs);
        assertTrue(runtime.isPresent(), coreJs.substring(0, Math.min(500, coreJs.length())));
        HttpResponse<byte[]> response = http.getBytes("/pyloom/" + runtime.get());
        assertEquals(200, response.statusCode());
        assertTrue(type(response).startsWith("text/javascript"), type(response));
        assertEquals("public, max-age=31536000, immutable", response.headers().firstValue("Cache-Control").orElse(""));
        return body(response);
    }

    @Test
    void defaultCoreJsHasEveryPlugin() throws Exception {
        HttpResponse<byte[]> response = http.getBytes("/pyloom/core.js");
        assertEquals(200, response.statusCode());
        assertTrue(type(response).startsWith("text/javascript"), type(response));
        String js = withRuntime(body(response));
        assertTrue(js.contains("py-error"), "error plugin compiled in");
        assertTrue(js.contains("crossOriginIsolated"), "worker plugin compiled in");
        assertTrue(js.contains("pyweb/pydom.py"), "pydom plugin's Python composed in");
        assertTrue(js.contains("pyscript/display.py"), "kernel's Python composed in");
    }

    @Test
    void tailoredSetsContainExactlyTheirPlugins() throws Exception {
        String error = withRuntime(body(http.getBytes("/pyloom/core.js?plugins=error")));
        String errorWorker = withRuntime(body(http.getBytes("/pyloom/core.js?plugins=error,worker")));
        String kernelAlone = withRuntime(body(http.getBytes("/pyloom/core.js?plugins=")));
        assertNotEquals(error, errorWorker);
        assertTrue(error.contains("py-error"));
        assertFalse(error.contains("crossOriginIsolated"), "worker plugin must not be in ?plugins=error");
        assertTrue(errorWorker.contains("crossOriginIsolated"));
        for (String marker : List.of("py-error", "crossOriginIsolated", "pyweb/pydom.py")) {
            assertFalse(kernelAlone.contains(marker), "kernel alone must not contain " + marker);
        }
        assertTrue(kernelAlone.length() < errorWorker.length());
    }

    @Test
    void theOrderAndRepetitionOfNamesDoNotMakeANewSet() throws Exception {
        assertEquals(body(http.getBytes("/pyloom/core.js?plugins=worker,error")),
                body(http.getBytes("/pyloom/core.js?plugins=error,worker,error")));
    }

    @Test
    void anUnknownPluginIsABadRequestNamingTheKnownOnes() throws Exception {
        HttpResponse<byte[]> response = http.getBytes("/pyloom/core.js?plugins=error,nosuch");
        assertEquals(400, response.statusCode());
        assertEquals("Unknown plugin 'nosuch'. Known plugins: editor, error, pydom, terminal, worker.\n", body(response));
        assertTrue(server.log().contains("Unknown plugin 'nosuch'"), "the server log names it too");
    }

    @Test
    void aMalformedPluginNameIsABadRequest() throws Exception {
        HttpResponse<byte[]> response = http.getBytes("/pyloom/core.js?plugins=%3Cscript%3E");
        assertEquals(400, response.statusCode());
        assertTrue(body(response).startsWith("Malformed plugin name '<script>'"), body(response));
    }

    @Test
    void aSecondRequestForASetDoesNotCompileAgain() throws Exception {
        byte[] first = http.getBytes("/pyloom/core.js?plugins=pydom").body();
        byte[] second = http.getBytes("/pyloom/core.js?plugins=pydom").body();
        assertArrayEquals(first, second);
        long compilations = server.log().lines().filter(l -> l.contains("Composed core.js with plugins [pydom] ")).count();
        assertEquals(1, compilations, server.log());
    }

    @Test
    void thirtyTwoConcurrentRequestsForANewSetCompileItOnce() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 32; i++) {
            requests.add(client.sendAsync(HttpRequest.newBuilder(server.uri("/pyloom/core.js?plugins=pydom,worker")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        byte[] first = requests.get(0).get().body();
        for (var request : requests) {
            assertEquals(200, request.get().statusCode());
            assertArrayEquals(first, request.get().body(), "every request got the same core.js");
        }
        List<String> compilations = server.log().lines()
                .filter(l -> l.contains("Composed core.js with plugins [pydom, worker] ")).toList();
        assertEquals(1, compilations.size(), server.log());
        System.out.println("32 concurrent requests, one compilation: " + compilations.get(0).replaceAll(".*Composed", "Composed"));
    }

    @Test
    void theAliasPointsToAnImmutableCopyWhoseIntegrityIsPublished() throws Exception {
        HttpResponse<byte[]> alias = http.getBytes("/pyloom/core.js?plugins=error");
        assertEquals("no-cache", alias.headers().firstValue("Cache-Control").orElse(""));
        JsonNode set = new ObjectMapper().readTree(http.getBytes("/pyloom/api/core?plugins=error").body());
        assertEquals("[\"error\"]", set.get("plugins").toString());
        String link = alias.headers().firstValue("Link").orElse("");
        assertEquals("<" + set.get("js").asText().substring("/pyloom/".length()) + ">; rel=\"canonical\"", link);
        HttpResponse<byte[]> pinned = http.getBytes(set.get("js").asText());
        assertEquals(200, pinned.statusCode());
        assertEquals("public, max-age=31536000, immutable", pinned.headers().firstValue("Cache-Control").orElse(""));
        assertArrayEquals(alias.body(), pinned.body());
        String integrity = "sha384-" + java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-384").digest(pinned.body()));
        assertEquals(integrity, set.get("jsIntegrity").asText());
        HttpResponse<byte[]> css = http.getBytes(set.get("css").asText());
        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
        String unknown = "/pyloom/core-0123456789abcdef0123456789abcdef.js";
        assertEquals(404, http.getBytes(unknown).statusCode());
        assertTrue(body(http.getBytes(unknown)).startsWith("No composed set has the key 0123456789abcdef0123456789abcdef"));
        assertEquals(404, http.getBytes("/pyloom/core-NOTAKEY.js").statusCode());
        assertEquals(404, http.getBytes("/pyloom/nothing-here").statusCode());
    }

    @Test
    void coreJsIsGzippedForBrowsersAndRevalidatedByETag() throws Exception {
        HttpResponse<byte[]> plain = http.getBytes("/pyloom/core.js?plugins=error");
        HttpResponse<byte[]> gzipped = http.getBytes("/pyloom/core.js?plugins=error", "Accept-Encoding", "gzip");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.getBytes("/pyloom/core.js?plugins=error", "If-None-Match", etag).statusCode());
    }

    @Test
    void revalidationTakesListsOfETagsAndWeakOnes() throws Exception {
        String etag = http.getBytes("/pyloom/core.js?plugins=error").headers().firstValue("ETag").orElseThrow();
        String path = "/pyloom/core.js?plugins=error";
        assertEquals(304, http.getBytes(path, "If-None-Match", "\"other\", " + etag).statusCode());
        assertEquals(304, http.getBytes(path, "If-None-Match", "W/" + etag).statusCode());
        assertEquals(304, http.getBytes(path, "If-None-Match", "*").statusCode());
        assertEquals(200, http.getBytes(path, "If-None-Match", "\"other\"").statusCode());
        assertEquals(200, http.getBytes(path, "If-None-Match", "not an etag at all").statusCode());
    }

    @Test
    void gzipRefusedWithQZeroIsNotSent() throws Exception {
        for (String refusal : new String[] { "gzip;q=0", "gzip;q=0.000, deflate", "identity", "*;q=0" }) {
            HttpResponse<byte[]> response = http.getBytes("/pyloom/core.js?plugins=error", "Accept-Encoding", refusal);
            assertEquals(200, response.statusCode(), refusal);
            assertEquals("", response.headers().firstValue("Content-Encoding").orElse(""), refusal);
        }
        assertEquals("gzip", http.getBytes("/pyloom/core.js?plugins=error", "Accept-Encoding", "br;q=1, *;q=0.5")
                .headers().firstValue("Content-Encoding").orElse(""));
    }

    @Test
    void coreCssHasTheKernelsAndThePluginsStyles() throws Exception {
        HttpResponse<byte[]> response = http.getBytes("/pyloom/core.css");
        assertEquals(200, response.statusCode());
        assertTrue(type(response).startsWith("text/css"));
        assertTrue(body(response).contains("py-script, mpy-script, py-config, mpy-config"));
        assertTrue(body(response).contains(".py-error"));
        assertFalse(body(http.getBytes("/pyloom/core.css?plugins=")).contains(".py-error"));
    }

    @Test
    void interpretersAreServedWithTheirMimeTypes() throws Exception {
        HttpResponse<byte[]> wasm = http.getBytes("/pyloom/interpreters/micropython/1.27.0/micropython.wasm");
        assertEquals(200, wasm.statusCode());
        assertEquals("application/wasm", type(wasm));
        assertEquals('a', wasm.body()[1]); // \0asm
        HttpResponse<byte[]> module = http.getBytes("/pyloom/interpreters/pyodide/314.0.7/pyodide.mjs");
        assertTrue(type(module).startsWith("text/javascript"), type(module));
        assertEquals("application/wasm", type(http.getBytes("/pyloom/interpreters/pyodide/314.0.7/pyodide.asm.wasm")));
        HttpResponse<byte[]> missing = http.getBytes("/pyloom/interpreters/pyodide/0.1.0/pyodide.mjs");
        assertEquals(404, missing.statusCode());
        assertTrue(body(missing).contains("/pyodide/0.1.0/pyodide.mjs"));
    }

    @Test
    void clientsThatTakeGzipGetTheBuildsGzippedCopyOfTheSameBytes() throws Exception {
        for (String path : List.of("/pyloom/interpreters/micropython/1.27.0/micropython.wasm",
                "/pyloom/interpreters/micropython/1.27.0/micropython.mjs",
                "/pyloom/interpreters/pyodide/314.0.7/pyodide.asm.wasm")) {
            HttpResponse<byte[]> plain = http.getBytes(path);
            HttpResponse<byte[]> gzipped = http.getBytes(path, "Accept-Encoding", "gzip, deflate, br");
            assertEquals(200, gzipped.statusCode(), path);
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), path);
            assertEquals(type(plain), type(gzipped), path);
            assertTrue(gzipped.body().length < plain.body().length * 0.6, path + ": " + gzipped.body().length);
            byte[] unpacked = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))
                    .readAllBytes();
            assertTrue(java.util.Arrays.equals(plain.body(), unpacked), path);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path);
            assertEquals("Accept-Encoding", plain.headers().firstValue("Vary").orElse(""), path);
        }
        // Already compressed: sent as it is either way.
        assertTrue(http.getBytes("/pyloom/interpreters/pyodide/314.0.7/python_stdlib.zip", "Accept-Encoding", "gzip")
                .headers().firstValue("Content-Encoding").isEmpty());
        // The Pyodide snapshot is stored only gzipped: unpacked for a client that does not take gzip.
        HttpResponse<byte[]> snapshot = http.getBytes("/pyloom/interpreters/pyodide/314.0.7/pyloom-snapshot.bin");
        assertEquals(200, snapshot.statusCode());
        assertTrue(snapshot.body().length > 10_000_000, "unpacked: " + snapshot.body().length);
        assertEquals(404, http.getBytes("/pyloom/vendor/smol-toml").statusCode(), "a folder is no file");
        assertEquals(404, http.getBytes("/pyloom/interpreters/micropython/1.27.0").statusCode(), "a folder is no file");
    }

    @Test
    void everyResponseIsCrossOriginIsolated() throws Exception {
        for (String path : List.of("/", "/hello-py.html", "/pyloom/core.js", "/pyloom/api/plugins",
                "/pyloom/interpreters/micropython/1.27.0/micropython.wasm", "/nothing-here")) {
            HttpResponse<byte[]> response = http.getBytes(path);
            assertEquals("same-origin", response.headers().firstValue("Cross-Origin-Opener-Policy").orElse(""), path);
            assertEquals("require-corp", response.headers().firstValue("Cross-Origin-Embedder-Policy").orElse(""), path);
            assertEquals("cross-origin", response.headers().firstValue("Cross-Origin-Resource-Policy").orElse(""), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void theApiListsEveryPluginBundle() throws Exception {
        HttpResponse<byte[]> response = http.getBytes("/pyloom/api/plugins");
        assertEquals("application/json", type(response));
        JsonNode plugins = new ObjectMapper().readTree(response.body());
        assertEquals(5, plugins.size(), plugins.toString());
        assertEquals("editor", plugins.get(0).get("name").asText());
        assertEquals("error", plugins.get(1).get("name").asText());
        assertEquals("1.0.0", plugins.get(1).get("version").asText());
        assertEquals("io.pyloom.plugin.error", plugins.get(1).get("bundle").asText());
        assertEquals("pydom", plugins.get(2).get("name").asText());
        assertEquals("terminal", plugins.get(3).get("name").asText());
        assertEquals("worker", plugins.get(4).get("name").asText());
        for (JsonNode plugin : plugins) {
            assertEquals("active", plugin.get("state").asText(), plugin.toString());
        }
    }

    @Test
    void theGalleryIsServedAtTheRoot() throws Exception {
        HttpResponse<byte[]> index = http.getBytes("/");
        assertEquals(200, index.statusCode());
        assertTrue(type(index).startsWith("text/html"));
        assertTrue(body(index).contains("hello-mpy.html"));
        assertEquals(404, http.getBytes("/no-such-page.html").statusCode());
        assertEquals(400, http.getBytes("/%2e%2e/%2e%2e/etc/passwd").statusCode());
    }
}
