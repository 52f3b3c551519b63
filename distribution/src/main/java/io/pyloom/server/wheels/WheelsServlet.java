package io.pyloom.server.wheels;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.settings.Settings;
import jakarta.servlet.Servlet;
import io.pyloom.server.http.ReadOnlyServlet;
import io.pyloom.server.http.Responses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Without the setting there is no wheelhouse, and {@code index.json} answers 404.
 */
@Component(service = Servlet.class, configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@HttpWhiteboardServletPattern("/pyloom/wheels/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=pyloom)")
public final class WheelsServlet extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WheelsServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Path folder;
    private transient long indexedAt = Long.MIN_VALUE;
    private transient byte[] index;

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
            byte[] body = index();
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(body.length);
            if (!head) {
                response.getOutputStream().write(body);
            }
            return;
        }
        // Only plain wheel file names: nothing else of the folder, and nothing outside it.
        if (!name.matches("[A-Za-z0-9._+!-]+\\.whl") || !Files.isRegularFile(folder.resolve(name))) {
            Responses.error(response, 404, "No wheel " + name + " in the wheelhouse.");
            return;
        }
        Path wheel = folder.resolve(name);
        response.setContentType("application/zip");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLengthLong(Files.size(wheel));
        if (head) {
            return;
        }
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(wheel, out);
        }
    }

    private synchronized byte[] index() throws IOException {
        long modified = Files.getLastModifiedTime(folder).toMillis();
        if (index == null || modified != indexedAt) {
            index = JSON.writeValueAsBytes(Wheelhouse.json(Wheelhouse.index(folder)));
            indexedAt = modified;
        }
        return index;
    }
}
