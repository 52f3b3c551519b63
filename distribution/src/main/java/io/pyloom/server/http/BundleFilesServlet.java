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
 * ({@code /pyloom/vendor/NAME/VERSION/FILE}).
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
        String key = folder + "/" + path.get();
        byte[] cached = small.get(key);
        if (cached != null) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            Responses.bytes(response, MimeTypes.of(path.get()), cached, head);
            return;
        }
        URL entry = path.get().isEmpty() || path.get().endsWith("/") ? null
                : context.getBundle().getEntry(folder + "/" + path.get());
        if (entry == null && !path.get().isEmpty()) {
            URL gzipped = context.getBundle().getEntry(folder + "/" + path.get() + ".gz");
            if (gzipped != null) {
                servePrecompressed(gzipped, path.get(), request, response, head);
                return;
            }
        }
        if (entry == null) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND,
                    "No file " + request.getServletPath() + request.getPathInfo() + " on this server.");
            return;
        }
        response.setContentType(MimeTypes.of(path.get()));
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        URLConnection connection = entry.openConnection();
        long length = connection.getContentLengthLong();
        try (InputStream in = connection.getInputStream()) {
            if (length >= 0 && length <= CACHED_MAX) {
                byte[] bytes = in.readAllBytes();
                small.put(key, bytes);
                Responses.bytes(response, MimeTypes.of(path.get()), bytes, head);
            } else {
                Responses.stream(response, in, length, head);
            }
        }
    }

    /**
     * A file the build stored only gzipped (the Pyodide snapshot: 31 MB of mostly empty memory):
     * sent as it is to clients that take gzip, unpacked on the way for the others.
     */
    private static void servePrecompressed(URL gzipped, String path, HttpServletRequest request,
            HttpServletResponse response, boolean head) throws IOException {
        response.setContentType(MimeTypes.of(path));
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("Vary", "Accept-Encoding");
        String accepted = request.getHeader("Accept-Encoding");
        URLConnection connection = gzipped.openConnection();
        try (InputStream in = connection.getInputStream()) {
            if (accepted != null && accepted.contains("gzip")) {
                response.setHeader("Content-Encoding", "gzip");
                Responses.stream(response, in, connection.getContentLengthLong(), head);
            } else {
                Responses.stream(response, new java.util.zip.GZIPInputStream(in), -1, head);
            }
        }
    }
}
