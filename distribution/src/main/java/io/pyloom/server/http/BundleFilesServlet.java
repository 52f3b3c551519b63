package io.pyloom.server.http;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Files this bundle hosts under versioned paths, so cached for good: the interpreters
 * ({@code /pyloom/interpreters/NAME/VERSION/FILE}) and small browser libraries
 * ({@code /pyloom/vendor/NAME/VERSION/FILE}). Where the build stored a gzipped copy of a file
 * ({@code FILE.gz}), browsers that take gzip get that copy as it is, and no CPU is spent on
 * compressing; the Pyodide snapshot is stored only gzipped, and unpacked for the rare client
 * that does not take gzip.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/pyloom/interpreters/*", "/pyloom/vendor/*" })
@HttpWhiteboardContextSelect(PyloomContext.SELECT)
public final class BundleFilesServlet extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;

    /** Files up to this size are kept in memory once read: they never change while the bundle lives. */
    static final int CACHED_MAX = 2 * 1024 * 1024;

    private final transient BundleContext context;
    private final transient Map<String, byte[]> small = new ConcurrentHashMap<>();

    @Activate
    public BundleFilesServlet(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        Optional<String> path = SafePath.relative(request.getPathInfo());
        if (path.isEmpty()) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, "Bad path.");
            return;
        }
        String folder = request.getServletPath().substring("/pyloom/".length()); // interpreters or vendor
        String name = folder + "/" + path.get();
        CachePolicy.IMMUTABLE.apply(response);
        response.setHeader("Vary", "Accept-Encoding");
        // core.js weighs the interpreter's downloads (resource timing) to choose whether to fetch
        // the Pyodide snapshot, also on pages of other origins.
        response.setHeader("Timing-Allow-Origin", "*");
        if (path.get().isEmpty() || path.get().endsWith("/")) {
            notFound(request, response);
            return;
        }
        if (ContentNegotiation.acceptsGzip(request) && serve(name + ".gz", path.get(), true, response, head)) {
            return;
        }
        if (serve(name, path.get(), false, response, head)) {
            return;
        }
        URL gzipped = context.getBundle().getEntry(name + ".gz");
        if (gzipped == null) {
            notFound(request, response);
            return;
        }
        response.setContentType(MimeTypes.of(path.get()));
        try (InputStream in = new java.util.zip.GZIPInputStream(gzipped.openStream())) {
            Responses.stream(response, in, -1, head); // stored only gzipped, asked for by a client that cannot unpack
        }
    }

    /**
     * Sends one bundle entry as it is stored, {@code gzip} when it is a gzipped copy of the file
     * asked for; false when the bundle has no such entry.
     */
    private boolean serve(String entryName, String path, boolean gzip, HttpServletResponse response, boolean head)
            throws IOException {
        byte[] cached = small.get(entryName);
        URL entry = cached != null ? null : context.getBundle().getEntry(entryName);
        if (cached == null && (entry == null || context.getBundle().getEntryPaths(entryName + "/") != null)) {
            return false; // none, or a folder
        }
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        if (cached != null) {
            Responses.bytes(response, MimeTypes.of(path), cached, head);
            return true;
        }
        URLConnection connection = entry.openConnection();
        long length = connection.getContentLengthLong();
        try (InputStream in = connection.getInputStream()) {
            if (length >= 0 && length <= CACHED_MAX) {
                byte[] bytes = in.readAllBytes();
                small.put(entryName, bytes);
                Responses.bytes(response, MimeTypes.of(path), bytes, head);
            } else {
                response.setContentType(MimeTypes.of(path));
                Responses.stream(response, in, length, head);
            }
        }
        return true;
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CachePolicy.NO_STORE.apply(response);
        Responses.error(response, HttpServletResponse.SC_NOT_FOUND,
                "No file " + request.getServletPath() + request.getPathInfo() + " on this server.");
    }
}
