package io.pyloom.bench;

import io.pyloom.it.support.Http;
import io.pyloom.it.support.PyloomServer;
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

    private static final int THREADS = 4;
    private static final long LOAD_MILLIS = 3_000;

    static ServerFigures measure(PyloomServer server) throws Exception {
        Http http = Http.to(server);
        long start = System.nanoTime();
        String core = http.get("/pyloom/core.js").body();
        long cold = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        gzipped(http, "/pyloom/core.js?plugins=error");
        long warm = (System.nanoTime() - start) / 1_000_000;
        String runtime = PyloomServer.runtimeOf(core).orElseThrow(() -> new IllegalStateException("core.js names no runtime"));
        String corePath = "/pyloom/core.js";
        String runtimePath = "/pyloom/" + runtime;
        return new ServerFigures(cold, warm, perSecond(http, corePath), perSecond(http, runtimePath),
                gzipped(http, corePath).body().length, gzipped(http, runtimePath).body().length);
    }

    /** Requests per second from a few client threads on loopback, gzip accepted as a browser does. */
    private static double perSecond(Http http, String path) throws Exception {
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + LOAD_MILLIS * 1_000_000;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        if (gzipped(http, path).statusCode() == 200) {
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

    /** A 200 with its body gzipped, as a browser takes it. */
    private static HttpResponse<byte[]> gzipped(Http http, String path) throws Exception {
        return Http.ok(http.getBytes(path, "Accept-Encoding", "gzip"));
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
