package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.PyloomServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests a hostile client sends, written byte for byte on a socket so no client library tidies
 * them: none reaches a file outside the served folders, none gets a 5xx or a stack trace.
 */
class HostileInputIT {

    private static final String SECRET = "SECRET-MARKER-5f3a";
    private static final Path ROOT = Path.of("target/it-pages/hostile-it").toAbsolutePath();
    private static PyloomServer server;

    @BeforeAll
    static void start() throws Exception {
        Path site = Files.createDirectories(ROOT.resolve("site"));
        Path outside = Files.createDirectories(ROOT.resolve("outside"));
        Path wheels = Files.createDirectories(ROOT.resolve("wheels"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>ok</title>");
        Files.writeString(site.resolve("app.html"), "<!doctype html><script type=\"module\" src=\"/pyloom/core.js\"></script>"
                + "<script type=\"mpy\">print(1)</script>");
        Files.writeString(ROOT.resolve("secret.txt"), SECRET);
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.writeString(site.getParent().getParent().resolve("secret.txt"), SECRET);
        for (String link : new String[] { "link", "secret-link.txt" }) {
            Files.deleteIfExists(site.resolve(link));
        }
        Files.createSymbolicLink(site.resolve("link"), outside);
        Files.createSymbolicLink(site.resolve("secret-link.txt"), outside.resolve("secret.txt"));
        server = PyloomServer.start("hostile-it", "--apps", site.toString(), "--wheels", wheels.toString());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The raw response: status line, headers and body as text. */
    private static String send(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.uri("/").getPort())) {
            socket.setSoTimeout(30_000);
            boolean ownHost = java.util.Arrays.stream(headers).anyMatch(header -> header.startsWith("Host:"));
            StringBuilder request = new StringBuilder(requestLine).append(ownHost ? "\r\n" : "\r\nHost: 127.0.0.1\r\n")
                    .append("Connection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static void assertRefused(String what, String response) {
        int status = status(response);
        assertTrue(status >= 400 && status < 500, what + " got " + status + ":\n" + response);
        assertFalse(response.contains(SECRET), what + " leaked the file outside:\n" + response);
        assertFalse(response.contains("root:x:"), what + " leaked /etc/passwd");
        assertFalse(response.contains("\tat ") || response.contains("Exception"), what + " shows a stack trace:\n" + response);
    }

    @Test
    void noPathReachesAFileOutsideTheServedFolders() throws Exception {
        List<String> paths = List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/%252e%252e/secret.txt",
                "/..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/index.html%00.txt", "/%00",
                "/%c0%ae%c0%ae/secret.txt", "/%c0%ae%c0%ae%c0%afsecret.txt", "/%e0%80%ae%e0%80%ae/secret.txt",
                "/link/secret.txt", "/secret-link.txt", "/link/", "//etc/passwd", "/.%2e/.%2e/secret.txt",
                "/pyloom/interpreters/../../../secret.txt", "/pyloom/interpreters/%2e%2e/%2e%2e/pom.xml",
                "/pyloom/interpreters/micropython/1.27.0/..%2f..%2f..%2f..%2fsecret.txt", "/pyloom/vendor/..%2f..%2fsecret.txt",
                "/pyloom/vendor/%2e%2e%5c%2e%2e%5csecret.txt", "/pyloom/wheels/..%2fsecret.txt", "/pyloom/wheels/%2e%2e/secret.txt",
                "/pyloom/core-..%2f..%2fsecret.js", "/pyloom/interpreters//etc/passwd");
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            try {
                assertRefused("GET " + path, send("GET " + path + " HTTP/1.1"));
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(200, status(send("GET /index.html HTTP/1.1")), "the folder itself is served");
    }

    @Test
    void badRequestsGetAShortReasonNeverA5xx() throws Exception {
        String unknown = send("GET /pyloom/core.js?plugins=nosuch HTTP/1.1");
        assertRefused("an unknown plugin", unknown);
        assertTrue(unknown.contains("Unknown plugin 'nosuch'."), unknown);
        assertRefused("a malformed plugin list", send("GET /pyloom/core.js?plugins=a,,b HTTP/1.1"));
        assertRefused("a plugin name that is not UTF-8", send("GET /pyloom/core.js?plugins=%ff%fe HTTP/1.1"));
        assertRefused("an enormous query", send("GET /pyloom/core.js?plugins=" + "a".repeat(200_000) + " HTTP/1.1"));
        assertRefused("an enormous header", send("GET / HTTP/1.1", "X-Big: " + "b".repeat(100_000)));
        String version = send("GET /pyloom/interpreters/pyodide/0.0.1/pyodide.mjs HTTP/1.1");
        assertRefused("an interpreter version not hosted", version);
        assertEquals(404, status(version));
        assertRefused("a core key that is not one", send("GET /pyloom/core-zzz.js HTTP/1.1"));
        for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH" }) {
            for (String path : new String[] { "/", "/index.html", "/pyloom/core.js", "/pyloom/api/plugins", "/pyloom/api/core",
                    "/pyloom/interpreters/micropython/1.27.0/micropython.mjs", "/pyloom/wheels/index.json", "/pyloom/coi.js" }) {
                String response = send(method + " " + path + " HTTP/1.1", "Content-Length: 0");
                assertRefused(method + " " + path, response);
                assertEquals(405, status(response), method + " " + path);
            }
        }
        assertRefused("TRACE", send("TRACE / HTTP/1.1"));
        assertRefused("a request line that is not HTTP", send("HELLO"));
        assertEquals(200, status(send("GET /pyloom/api/plugins HTTP/1.1")), "and the server is still up");
    }

    @Test
    void anyHostHeaderGetsTheSamePathOnlyInterpreterHint() throws Exception {
        String hint = "Link: </pyloom/interpreters/micropython/1.27.0/micropython.mjs>; rel=modulepreload";
        for (String host : List.of("127.0.0.1", "evil.example", "evil.example:1", "[::1]:9")) {
            String response = send("GET /app.html HTTP/1.1", "Host: " + host);
            assertEquals(200, status(response), host + ":\n" + response);
            assertTrue(response.contains(hint), host + ":\n" + response);
            assertFalse(response.contains("evil"), host + ":\n" + response);
        }
    }

    @Test
    void securityHeadersComeByDefault() throws Exception {
        String response = send("GET /index.html HTTP/1.1");
        assertTrue(response.contains("X-Content-Type-Options: nosniff"), response);
        assertTrue(response.contains("Referrer-Policy: strict-origin-when-cross-origin"), response);
        assertTrue(response.contains("Cross-Origin-Opener-Policy: same-origin"), response);
    }
}
