package io.pyloom.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PyScript's test suite asks of other hosts, answered inside the browser so that a run needs
 * no network: upytest from a local file, and the small JSON REST service its fetch tests call (the
 * few answers they check). Every other request to another host is refused, as offline.
 */
final class OfflineNetwork {

    /** The fetch tests' service: todo 1 exists, anything else is a 404 with an empty object. */
    static final String REST_HOST = "jsonplaceholder.typicode.com";
    private static final String TODO_1 = "{\"userId\": 1, \"id\": 1, \"title\": \"delectus aut autem\", \"completed\": false}";
    private static final Pattern POST_ID = Pattern.compile("/posts/(\\d+)$");
    private static final Map<String, String> CROSS_ORIGIN = Map.of("Access-Control-Allow-Origin", "*",
            "Cross-Origin-Resource-Policy", "cross-origin");

    private final Path upytest;

    OfflineNetwork(Path upytest) {
        this.upytest = upytest;
    }

    /** Routes every request of the context that leaves the local server. */
    void install(BrowserContext context, String localOrigin) {
        context.route(url -> !url.startsWith(localOrigin) && !url.startsWith("blob:") && !url.startsWith("data:"),
                this::answer);
    }

    private void answer(Route route) {
        URI uri = URI.create(route.request().url());
        if (uri.getPath().endsWith("/upytest.py")) {
            route.fulfill(new Route.FulfillOptions().setStatus(200).setHeaders(headers("text/x-python")).setPath(upytest));
        } else if (REST_HOST.equals(uri.getHost())) {
            rest(route, uri.getPath());
        } else {
            route.abort("internetdisconnected");
        }
    }

    private void rest(Route route, String path) {
        String method = route.request().method();
        String body = route.request().postData();
        if (method.equals("GET") && path.equals("/todos/1")) {
            json(route, 200, TODO_1);
        } else if (method.equals("POST") && path.equals("/posts")) {
            json(route, 201, withId(body, "101"));
        } else if (method.equals("PUT") || method.equals("PATCH")) {
            Matcher id = POST_ID.matcher(path);
            boolean found = id.find();
            json(route, found ? 200 : 404, found ? withId(body, id.group(1)) : "{}");
        } else if (method.equals("DELETE")) {
            json(route, 200, "{}");
        } else {
            json(route, 404, "{}");
        }
    }

    /** The request's JSON object with an id, as the service answers a write. */
    private static String withId(String body, String id) {
        String object = body == null || body.isBlank() ? "{}" : body.strip();
        if (object.contains("\"id\"")) {
            return object;
        }
        String inner = object.substring(1, object.length() - 1).strip();
        return "{" + inner + (inner.isEmpty() ? "" : ", ") + "\"id\": " + id + "}";
    }

    private static void json(Route route, int status, String body) {
        route.fulfill(new Route.FulfillOptions().setStatus(status).setHeaders(headers("application/json; charset=utf-8"))
                .setBody(body));
    }

    private static Map<String, String> headers(String contentType) {
        Map<String, String> headers = new java.util.HashMap<>(CROSS_ORIGIN);
        headers.put("Content-Type", contentType);
        return headers;
    }
}
