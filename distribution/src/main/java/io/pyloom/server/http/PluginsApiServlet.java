package io.pyloom.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.api.Composer;
import io.pyloom.server.api.PluginCatalog;
import io.pyloom.server.api.PluginInfo;
import java.util.List;
import java.util.Map;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /pyloom/api/plugins}: name, version and state of every plugin bundle, as JSON, with the
 * problem of each one that cannot be used (it does not resolve, or does not compile).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/pyloom/api/plugins")
@HttpWhiteboardContextSelect(PyloomContext.SELECT)
public final class PluginsApiServlet extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient PluginCatalog catalog;
    private final transient Composer composer;

    @Activate
    public PluginsApiServlet(@Reference PluginCatalog catalog, @Reference Composer composer) {
        this.catalog = catalog;
        this.composer = composer;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        Map<String, String> broken = composer.problems();
        List<PluginInfo> plugins = catalog.plugins().stream()
                .map(plugin -> plugin.problem() == null && broken.containsKey(plugin.name())
                        ? plugin.withProblem(broken.get(plugin.name())) : plugin)
                .toList();
        CachePolicy.NO_STORE.apply(response);
        Responses.bytes(response, MimeTypes.JSON, JSON.writeValueAsBytes(plugins), head);
    }
}
