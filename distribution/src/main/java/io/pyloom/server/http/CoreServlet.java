package io.pyloom.server.http;

import io.pyloom.server.api.ComposeException;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import io.pyloom.server.api.UnknownPluginException;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /pyloom/core.js} and {@code /pyloom/core.css}, for all plugins or {@code ?plugins=a,b}. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/pyloom/core.js", "/pyloom/core.css" })
public final class CoreServlet extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CoreServlet.class);

    private final transient Composer composer;

    @Activate
    public CoreServlet(@Reference Composer composer) {
        this.composer = composer;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        String parameter = request.getParameter("plugins");
        Composed composed;
        try {
            Set<String> plugins = parameter == null ? composer.defaultPlugins() : PluginSet.parse(parameter);
            composed = composer.compose(plugins);
        } catch (IllegalArgumentException | UnknownPluginException e) {
            LOG.warn("400 for {}?{}: {}", request.getRequestURI(), request.getQueryString(), e.getMessage());
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (ComposeException e) {
            LOG.error("Cannot compose core.js: {}", e.getMessage(), e);
            Responses.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "core.js could not be composed; the server log has the details.");
            return;
        }
        boolean css = request.getRequestURI().endsWith(".css");
        boolean gzip = !css && acceptsGzip(request);
        String etag = "\"" + composed.key() + (css ? "-css" : gzip ? "-gz" : "") + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Encoding");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (css) {
            Responses.bytes(response, "text/css; charset=utf-8", composed.css(), head);
        } else if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
            Responses.bytes(response, "text/javascript; charset=utf-8", composed.jsGzip(), head);
        } else {
            Responses.bytes(response, "text/javascript; charset=utf-8", composed.js(), head);
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Encoding");
        return accept != null && accept.contains("gzip");
    }
}
