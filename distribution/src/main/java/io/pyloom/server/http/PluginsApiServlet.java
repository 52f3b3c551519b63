package io.pyloom.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.api.PluginCatalog;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /pyloom/api/plugins}: name, version and state of every plugin bundle, as JSON. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/pyloom/api/plugins")
public final class PluginsApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient PluginCatalog catalog;

    @Activate
    public PluginsApiServlet(@Reference PluginCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Responses.bytes(response, "application/json", JSON.writeValueAsBytes(catalog.plugins()), false);
    }
}
