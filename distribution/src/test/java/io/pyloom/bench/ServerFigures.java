package io.pyloom.bench;

import io.pyloom.it.support.PyloomServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's side of start-up, on a server that has just started: composing a new set with a
 * cold JVM and with a warm one, and how many cached core.js (and runtime) requests it answers per
 * second. For wrk next to a bare Jetty, see bench/load.
 */
record ServerFigures(long composeColdMillis, long composeWarmMillis, double coreJsPerSecond, double runtimePerSecond,
        int coreJsGzip, int runtimeGzip) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int THREADS = 4;
    private static final long LOAD_MILLIS = 3_000;

    static ServerFigures measure(PyloomServer server) throws Exception {
        long start = System.nanoTime();
        String core = HTTP.send(HttpRequest.newBuilder(server.uri("/pyloom/core.js")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        long cold = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        get(server.uri("/pyloom/core.js?plugins=error"));
        long warm = (System.nanoTime() - start) / 1_000_000;
        String runtime = PyloomServer.runtimeOf(core).orElseThrow(() -> new IllegalStateException("core.js names no runtime"));
        URI coreUri = server.uri("/pyloom/core.js");
        URI runtimeUri = server.uri("/pyloom/" + runtime);
        return new ServerFigures(cold, warm, perSecond(coreUri), perSecond(runtimeUri),
                get(coreUri).body().length, get(runtimeUri).body().length);
    }

    /** Requests per second from a few client threads on loopback, gzip accepted as a browser does. */
    private static double perSecond(URI uri) throws Exception {
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + LOAD_MILLIS * 1_000_000;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        if (get(uri).statusCode() == 200) {
                            done.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() * 1000.0 / LOAD_MILLIS;
    }

    private static HttpResponse<byte[]> get(URI uri) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + ": HTTP " + response.statusCode());
        }
        return response;
    }

    @Override
    public String toString() {
        return String.format("Server, just started (%d client threads on loopback for %d s each)%n"
                + "compose the standard set, cold JVM   %6d ms%n"
                + "compose a new set (error), warm JVM  %6d ms%n"
                + "cached core.js (%,d B gzip)        %,8.0f req/s%n"
                + "cached runtime (%,d B gzip)       %,8.0f req/s%n",
                THREADS, LOAD_MILLIS / 1000, composeColdMillis, composeWarmMillis, coreJsGzip, coreJsPerSecond,
                runtimeGzip, runtimePerSecond);
    }
}
