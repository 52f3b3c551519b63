package io.pyloom.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The real pyloom.jar in its own JVM, on a free port, as a user starts it. */
public final class PyloomServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedMillis;

    private PyloomServer(Process process, int port, Path log, long startedMillis) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedMillis = startedMillis;
    }

    /** Starts {@code java -jar pyloom.jar --port N [args]} on a free port and waits until it answers. */
    public static PyloomServer start(String name, String... args) throws IOException, InterruptedException {
        return startOn(freePort(), name, args);
    }

    /** The same on a given port: for suites that name their server's URL. */
    public static PyloomServer startOn(int port, String name, String... args) throws IOException, InterruptedException {
        Path jar = CommandLine.jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": run the build (mvn package) first");
        }
        Path work = Files.createDirectories(Path.of("target", "it-servers", name)).toAbsolutePath();
        Path log = work.resolve("server.log");
        if (!List.of(args).contains("--cache")) {
            deleteTree(work.resolve("pyloom-cache")); // each run composes afresh unless a test keeps a cache
        }
        List<String> command = CommandLine.javaJar();
        command.addAll(List.of("--port", Integer.toString(port)));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        PyloomServer server = new PyloomServer(process, port, log, System.currentTimeMillis());
        int path = List.of(args).indexOf("--path");
        server.awaitFirstResponse(start, path < 0 ? "" : args[path + 1]);
        return server;
    }

    /** The runtime module core.js loads ({@code core-KEY-runtime.js}, beside it), as core.js names it. */
    public static java.util.Optional<String> runtimeOf(String coreJs) {
        java.util.regex.Matcher runtime = java.util.regex.Pattern.compile("\"runtime\":\"(core-[0-9a-f]{32}-runtime\\.js)\"")
                .matcher(coreJs);
        return runtime.find() ? java.util.Optional.of(runtime.group(1)) : java.util.Optional.empty();
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void awaitFirstResponse(long startNanos, String prefix) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("pyloom.jar exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri(prefix + "/pyloom/api/plugins")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    firstResponseMillis = (System.nanoTime() - startNanos) / 1_000_000;
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        close();
        throw new IllegalStateException("pyloom.jar did not answer within 60 s:\n" + log());
    }

    private long firstResponseMillis;

    /** From process start to the first successful response, in milliseconds. */
    public long firstResponseMillis() {
        return firstResponseMillis;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public String url(String path) {
        return uri(path).toString();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
