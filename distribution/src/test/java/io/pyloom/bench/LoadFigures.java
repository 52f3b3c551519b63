package io.pyloom.bench;

import io.pyloom.it.support.Http;
import io.pyloom.it.support.PyloomServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Load figures; run it with bench/load. wrk drives the real server on loopback (64 connections)
 * for a cached core.js set, an interpreter file and an app page, next to a bare Jetty serving the
 * same bytes as plain static files; then again while a plugin bundle comes and goes in a loop.
 */
public final class LoadFigures {

    private static final List<String> PATHS = List.of("/pyloom/core.js?plugins=error",
            LocalInterpreters.MICROPYTHON, "/index.html");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    record Run(double rate, long errors) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path root = Files.createDirectories(Path.of("target", "bench-load").toAbsolutePath());
        Path apps = Files.createDirectories(root.resolve("apps"));
        Path plugins = Files.createDirectories(root.resolve("plugins"));
        Files.writeString(apps.resolve("index.html"), "<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<script type=\"module\" src=\"/pyloom/core.js?plugins=error\"></script></head><body>"
                + "<script type=\"mpy\">print('hello')</script></body></html>\n");
        try (var old = Files.list(plugins)) {
            for (Path jar : old.toList()) {
                Files.delete(jar);
            }
        }
        System.out.printf("Pyloom load figures: wrk, 2 threads, 64 connections, %d s per run, loopback; %d cores%n%n",
                seconds, Runtime.getRuntime().availableProcessors());
        try (PyloomServer pyloom = PyloomServer.start("bench-load", "--apps", apps.toString(), "--plugins", plugins.toString())) {
            Path statics = copyForJetty(pyloom, root.resolve("static"));
            Server jetty = jetty(statics);
            int jettyPort = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
            try {
                System.out.printf("%-58s %12s %12s %7s %7s%n", "request", "Pyloom r/s", "Jetty r/s", "ratio", "errors");
                for (String path : PATHS) {
                    wrk("http://127.0.0.1:" + jettyPort + path, 2); // warm both up
                    wrk(pyloom.url(path), 2);
                    Run ours = wrk(pyloom.url(path), seconds);
                    Run plain = wrk("http://127.0.0.1:" + jettyPort + path, seconds);
                    System.out.printf("%-58s %12.0f %12.0f %6.2fx %7d%n", path, ours.rate(), plain.rate(),
                            ours.rate() / plain.rate(), ours.errors() + plain.errors());
                }
                System.out.printf("%nWhile plugin-hello is installed and removed in a loop:%n");
                Path hello = Path.of("distribution/target/example-plugins/plugin-hello.jar").toAbsolutePath();
                AtomicBoolean churning = new AtomicBoolean(true);
                int[] cycles = { 0 };
                Thread churn = new Thread(() -> {
                    try {
                        while (churning.get()) {
                            Files.copy(hello, plugins.resolve("hello.jar.tmp"), StandardCopyOption.REPLACE_EXISTING);
                            Files.move(plugins.resolve("hello.jar.tmp"), plugins.resolve("hello.jar"), StandardCopyOption.ATOMIC_MOVE);
                            Thread.sleep(1500);
                            Files.delete(plugins.resolve("hello.jar"));
                            Thread.sleep(1500);
                            cycles[0]++;
                        }
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, "churn");
                churn.start();
                long errors = 0;
                for (String path : PATHS) {
                    Run run = wrk(pyloom.url(path), seconds);
                    errors += run.errors();
                    System.out.printf("%-58s %12.0f %12s %7s %7d%n", path, run.rate(), "", "", run.errors());
                }
                churning.set(false);
                churn.join();
                System.out.printf("%d install/remove cycles, %d errors%n", cycles[0], errors);
            } finally {
                jetty.stop();
            }
        }
    }

    /** The same bytes the server sends for each path, as files for a plain static server. */
    private static Path copyForJetty(PyloomServer pyloom, Path statics) throws IOException, InterruptedException {
        Http http = Http.to(pyloom);
        for (String path : PATHS) {
            HttpResponse<byte[]> response = Http.ok(http.getBytes(path));
            Path file = statics.resolve(URI.create(path).getPath().substring(1));
            Files.createDirectories(file.getParent());
            Files.write(file, response.body());
        }
        return statics;
    }

    private static Server jetty(Path folder) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(server).newResource(folder));
        server.setHandler(files);
        server.start();
        return server;
    }

    private static Run wrk(String url, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("wrk", "-t2", "-c64", "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("no rate in wrk's output:\n" + output);
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        return new Run(Double.parseDouble(rate.group(1)), errors);
    }
}
