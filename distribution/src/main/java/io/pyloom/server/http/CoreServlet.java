package io.pyloom.server.http;

import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * core.js and core.css. {@code /pyloom/core.js[?plugins=a,b]} is the alias a page names: revalidated
 * on every use, so a new plugin shows at once. {@code /pyloom/core-KEY.js} is the same set under its
 * content hash: cached for a year, never changed. Both sit in one folder, so the paths core.js
 * resolves against itself (interpreters, the TOML parser) are the same for both.
 * {@code /pyloom/storage.js} is PyScript's page-side {@code storage} module of the same set: it
 * loads the set's lazy module only, so a page can use it before (or without) core.js.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/pyloom/*")
@HttpWhiteboardContextSelect(PyloomContext.SELECT)
public final class CoreServlet extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern HASHED = Pattern.compile("/core-([0-9a-f]{32})(\\.js|\\.css|-runtime\\.js)");
    private static final Pattern LAZY = Pattern.compile("/core-([0-9a-f]{32})-lazy/(.+)");

    private final transient Composer composer;

    @Activate
    public CoreServlet(@Reference Composer composer) {
        this.composer = composer;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/core.js") || path.equals("/core.css")) {
            Optional<Composed> composed = RequestedSet.compose(composer, request, response);
            if (composed.isPresent()) {
                send(composed.get(), path.endsWith(".css") ? Part.CSS : Part.BOOT, CachePolicy.REVALIDATE, request, response, head);
            }
            return;
        }
        if (path.equals("/" + PageStorageModule.NAME)) {
            Optional<Composed> composed = RequestedSet.compose(composer, request, response);
            if (composed.isPresent()) {
                sendPageStorage(composed.get(), request, response, head);
            }
            return;
        }
        Matcher lazy = LAZY.matcher(path);
        if (lazy.matches()) {
            sendLazy(lazy.group(1), lazy.group(2), request, response, head);
            return;
        }
        Matcher hashed = HASHED.matcher(path);
        if (!hashed.matches()) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + request.getRequestURI());
            return;
        }
        Optional<Composed> composed = composer.composed(hashed.group(1));
        if (composed.isEmpty()) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "No composed set has the key " + hashed.group(1)
                    + ": ask for core.js?plugins=... first, or see /pyloom/api/core");
            return;
        }
        Part part = switch (hashed.group(2)) {
            case ".css" -> Part.CSS;
            case ".js" -> Part.BOOT;
            default -> Part.RUNTIME;
        };
        send(composed.get(), part, CachePolicy.IMMUTABLE, request, response, head);
    }

    private static void sendPageStorage(Composed composed, HttpServletRequest request, HttpServletResponse response,
            boolean head) throws IOException {
        if (!PageStorageModule.in(composed)) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "The composed set " + composed.key() + " has no "
                    + PageStorageModule.NAME);
            return;
        }
        CachePolicy.REVALIDATE.apply(response);
        if (ConditionalGet.notModified(request, response, ConditionalGet.etag(composed.key() + "-storage"), -1)) {
            return;
        }
        Responses.bytes(response, MimeTypes.of("core.js"), PageStorageModule.source(composed), head);
    }

    /** One of a set's lazy files (a Python module on its first import): immutable, like the set. */
    private void sendLazy(String key, String file, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        byte[] bytes = composer.composed(key).map(set -> set.lazy().get(file)).orElse(null);
        if (bytes == null) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "No lazy file " + file + " in the composed set " + key);
            return;
        }
        CachePolicy.IMMUTABLE.apply(response);
        if (ConditionalGet.notModified(request, response, ConditionalGet.etag(key + "-lazy-" + file), -1)) {
            return;
        }
        Responses.bytes(response, MimeTypes.of(file), bytes, head);
    }

    /** The three files of a set: core.js, the runtime it loads, core.css. */
    private enum Part {
        BOOT("", MimeTypes.of("core.js")),
        RUNTIME("-runtime", MimeTypes.of("core-runtime.js")),
        CSS("-css", MimeTypes.of("core.css"));

        final String tag;
        final String type;

        Part(String tag, String type) {
            this.tag = tag;
            this.type = type;
        }

        String canonical(Composed composed) {
            return this == CSS ? composed.cssName() : this == BOOT ? composed.jsName() : composed.runtimeName();
        }

        byte[] bytes(Composed composed, boolean gzip) {
            return switch (this) {
                case BOOT -> gzip ? composed.jsGzip() : composed.js();
                case RUNTIME -> gzip ? composed.runtimeGzip() : composed.runtime();
                case CSS -> composed.css();
            };
        }
    }

    private static void send(Composed composed, Part part, CachePolicy cache, HttpServletRequest request,
            HttpServletResponse response, boolean head) throws IOException {
        boolean gzip = part != Part.CSS && ContentNegotiation.acceptsGzip(request);
        cache.apply(response);
        response.setHeader("Vary", "Accept-Encoding");
        // Where the immutable copy is, for tools and for pages that want to pin it.
        response.setHeader("Link", "<" + part.canonical(composed) + ">; rel=\"canonical\"");
        String etag = ConditionalGet.etag(composed.key() + part.tag + (gzip ? "-gz" : ""));
        if (ConditionalGet.notModified(request, response, etag, -1)) {
            return;
        }
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        Responses.bytes(response, part.type, part.bytes(composed, gzip), head);
    }
}
