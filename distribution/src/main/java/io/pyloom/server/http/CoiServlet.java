package io.pyloom.server.http;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /pyloom/coi.js}: the service worker that makes a page cross-origin isolated where the host
 * cannot send the headers. Allowed to control the whole site, since pages live outside /pyloom/.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/pyloom/coi.js")
@HttpWhiteboardContextSelect(PyloomContext.SELECT)
public final class CoiServlet extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        try (InputStream in = CoiServlet.class.getResourceAsStream("/web/coi.js")) {
            if (in == null) {
                Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "coi.js is missing from this server");
                return;
            }
            response.setHeader("Service-Worker-Allowed", "/");
            CachePolicy.REVALIDATE.apply(response);
            Responses.bytes(response, MimeTypes.of("coi.js"), in.readAllBytes(), head);
        }
    }
}
