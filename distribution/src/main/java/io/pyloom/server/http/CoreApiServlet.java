package io.pyloom.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /pyloom/api/core[?plugins=a,b]}: a set's immutable URLs and their Subresource Integrity,
 * composing the set if need be, so a page can pin {@code <script src=... integrity=...>}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/pyloom/api/core")
@HttpWhiteboardContextSelect(PyloomContext.SELECT)
public final class CoreApiServlet extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Composer composer;

    @Activate
    public CoreApiServlet(@Reference Composer composer) {
        this.composer = composer;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        Optional<Composed> found = RequestedSet.compose(composer, request, response);
        if (found.isEmpty()) {
            return;
        }
        Composed composed = found.get();
        String folder = request.getContextPath() + "/pyloom/";
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("plugins", composed.plugins());
        set.put("key", composed.key());
        set.put("js", folder + composed.jsName());
        set.put("jsIntegrity", composed.jsIntegrity());
        set.put("css", folder + composed.cssName());
        set.put("cssIntegrity", composed.cssIntegrity());
        set.put("bytes", composed.js().length);
        set.put("gzipBytes", composed.jsGzip().length);
        set.put("runtime", folder + composed.runtimeName());
        set.put("runtimeBytes", composed.runtime().length);
        set.put("runtimeGzipBytes", composed.runtimeGzip().length);
        CachePolicy.NO_STORE.apply(response);
        Responses.bytes(response, MimeTypes.JSON, JSON.writeValueAsBytes(set), head);
    }
}
