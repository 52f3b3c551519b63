package io.pyloom.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plain static file server on loopback, as a host that cannot set headers: no COOP, no COEP
 * (unless {@link #isolated()}).
 * Types by extension only, with the ones module scripts and wasm insist on.
 */
public final class StaticHost implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript", "mjs", "text/javascript", "css", "text/css", "wasm", "application/wasm",
            "py", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final java.util.List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean isolated;
    private volatile boolean cacheable;

    public StaticHost(Path root) throws IOException {
        this(root, false);
    }

    /** @param crossOrigin serve as a CDN does: CORS and Cross-Origin-Resource-Policy for any page */
    public StaticHost(Path root, boolean crossOrigin) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            if (isolated) {
                exchange.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
                exchange.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
            }
            if (cacheable) {
                exchange.getResponseHeaders().set("Cache-Control", "public, max-age=86400");
            }
            if (crossOrigin) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
                exchange.getResponseHeaders().set("Cross-Origin-Resource-Policy", "cross-origin");
            }
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "static-host");
            thread.setDaemon(true);
            return thread;
        })); // a page asks for several files at once
        server.start();
    }

    /** From now on, responses may be cached for a day, as a CDN's are. */
    public StaticHost cacheable() {
        cacheable = true;
        return this;
    }

    /** From now on, pages are cross-origin isolated (COOP and COEP), as a host that can set headers makes them. */
    public StaticHost isolated() {
        isolated = true;
        return this;
    }

    /** The paths asked for so far. */
    public java.util.List<String> requested() {
        return requested;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
