package io.pyloom.server.wheels;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.settings.Settings;
import io.pyloom.server.http.CachePolicy;
import io.pyloom.server.http.ConditionalGet;
import io.pyloom.server.http.MimeTypes;
import io.pyloom.server.http.PyloomContext;
import io.pyloom.server.http.ReadOnlyServlet;
import io.pyloom.server.http.Responses;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /pyloom/wheels/}: the wheelhouse of the {@code wheels} setting. {@code index.json} lists
 * each project's wheel and requirements (read again when the folder changes); the wheels follow.
 * Without the setting there is no wheelhouse, and {@code index.json} answers 404. Both may change
 * while the server runs, so browsers revalidate them: by ETag and Last-Modified, answered with 304.
 */
@Component(service = Servlet.class, configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@HttpWhiteboardServletPattern("/pyloom/wheels/*")
@HttpWhiteboardContextSelect(PyloomContext.SELECT)
public final class WheelsServlet extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WheelsServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Path folder;
    private transient long indexedAt = Long.MIN_VALUE;
    private transient Index index;

    /** index.json as sent: its bytes, an ETag of their digest, and when the folder last changed. */
    private record Index(byte[] body, String etag, long modified) {
    }

    @Activate
    public WheelsServlet(Settings settings) {
        this.folder = settings.wheels().isEmpty() ? null : Path.of(settings.wheels()).toAbsolutePath();
        if (folder != null) {
            LOG.info("Serving the wheelhouse {}", folder);
        }
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (folder == null) {
            Responses.error(response, 404, "This server has no wheelhouse (see --wheels).");
            return;
        }
        if (name.equals("index.json")) {
            Index current = index();
            CachePolicy.REVALIDATE.apply(response);
            if (ConditionalGet.notModified(request, response, current.etag(), current.modified())) {
                return;
            }
            response.setContentType(MimeTypes.JSON);
            response.setContentLength(current.body().length);
            if (!head) {
                response.getOutputStream().write(current.body());
            }
            return;
        }
        // Only plain wheel file names: nothing else of the folder, and nothing outside it.
        if (!name.matches("[A-Za-z0-9._+!-]+\\.whl") || !Files.isRegularFile(folder.resolve(name))) {
            Responses.error(response, 404, "No wheel " + name + " in the wheelhouse.");
            return;
        }
        Path wheel = folder.resolve(name);
        long size = Files.size(wheel);
        long modified = Files.getLastModifiedTime(wheel).toMillis();
        CachePolicy.REVALIDATE.apply(response);
        // Size and time, as static file servers do: reading a large wheel to hash it on each request costs more.
        String etag = ConditionalGet.etag(Long.toHexString(size) + "-" + Long.toHexString(modified));
        if (ConditionalGet.notModified(request, response, etag, modified)) {
            return;
        }
        response.setContentType(MimeTypes.of(name));
        response.setContentLengthLong(size);
        if (head) {
            return;
        }
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(wheel, out);
        }
    }

    private synchronized Index index() throws IOException {
        long modified = Files.getLastModifiedTime(folder).toMillis();
        if (index == null || modified != indexedAt) {
            byte[] body = JSON.writeValueAsBytes(Wheelhouse.json(Wheelhouse.index(folder)));
            index = new Index(body, ConditionalGet.etag(digest(body)), modified);
            indexedAt = modified;
        }
        return index;
    }

    /** The first 16 bytes of the SHA-256 of the index, in hex: the same index gets the same ETag after a restart. */
    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
