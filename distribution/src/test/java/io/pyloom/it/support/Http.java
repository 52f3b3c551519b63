package io.pyloom.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * GET requests as the tests send them: paths against one base URL (a running pyloom.jar's, a
 * portal's), extra headers as name, value pairs. Each Http has a client of its own, so its
 * connections are kept between its requests and never shared with another Http.
 */
public final class Http {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    private Http(String base) {
        this.base = base;
    }

    /** Requests to this server, for paths like {@code /pyloom/core.js}. */
    public static Http to(PyloomServer server) {
        return new Http(server.url(""));
    }

    /** Requests to {@code base + path}; with an empty base, paths are whole URLs. */
    public static Http to(String base) {
        return new Http(base);
    }

    /** GET, the body as text. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, headers), HttpResponse.BodyHandlers.ofString());
    }

    /** GET, the body as it came (gzipped when a header asked for that). */
    public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The response when it is a 200; anything else stops a bench, whose figures it would make wrong. */
    public static <T> HttpResponse<T> ok(HttpResponse<T> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + ": HTTP " + response.statusCode());
        }
        return response;
    }

    private HttpRequest request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }
}
