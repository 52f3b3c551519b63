package io.pyloom.server.http;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import io.pyloom.server.compose.Interpreters;
import io.pyloom.server.settings.Settings;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The apps at {@code /}: the example gallery, or the folder of the {@code apps} setting. */
@Component(service = Servlet.class, configurationPid = Settings.PID)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardContextSelect(PyloomContext.SELECT)
public final class AppsServlet extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AppsServlet.class);

    /** Pages up to this size are read whole, to hint at their interpreter; larger ones stream. */
    private static final long HINTED_PAGE_LIMIT = 1 << 20;

    private final transient AppFiles files;
    private final transient PageHints hints;
    private final transient Map<String, Hinted> hinted = new ConcurrentHashMap<>();

    /** A page's hints, kept while its bytes stay the same. */
    private record Hinted(long length, int hash, List<String> links) {
    }

    @Activate
    public AppsServlet(BundleContext context, Settings settings) throws IOException {
        this.files = settings.apps().isEmpty() ? new BundleAppFiles(context.getBundle())
                : new FolderAppFiles(Path.of(settings.apps()));
        this.hints = new PageHints(new Interpreters(Interpreters.versionsIn(context.getBundle()),
                settings.interpreters().strip()));
        LOG.info("Serving apps from {}", files.describe());
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        String decoded = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> path = SafePath.relative(decoded);
        if (path.isEmpty()) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, "Bad path.");
            return;
        }
        String relative = path.get();
        if (files.isFolder(relative)) {
            if (!relative.isEmpty() && !relative.endsWith("/")) {
                response.sendRedirect(request.getRequestURI() + "/"); // so relative links resolve inside
                return;
            }
            relative = relative + "index.html";
        }
        Optional<AppFiles.File> file = files.file(relative);
        if (file.isEmpty()) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "Not found: /" + relative);
            return;
        }
        CachePolicy.REVALIDATE.apply(response);
        // The kernel asks for TOML configs as JSON; plain requests still get the TOML file.
        boolean tomlAsJson = relative.endsWith(".toml") && ContentNegotiation.wantsJson(request);
        if (tomlAsJson) {
            response.setHeader("Vary", "Accept");
        }
        String etag = file.get().etag();
        if (ConditionalGet.notModified(request, response, tomlAsJson ? etag.replaceFirst("\"$", "-json\"") : etag,
                file.get().lastModified())) {
            return;
        }
        if (tomlAsJson) {
            serveTomlAsJson(file.get(), response, head, relative);
            return;
        }
        if (relative.endsWith(".html") && file.get().length() <= HINTED_PAGE_LIMIT) {
            servePage(request, response, file.get(), relative, head);
            return;
        }
        response.setContentType(MimeTypes.of(relative));
        try (InputStream in = file.get().open()) {
            Responses.stream(response, in, file.get().length(), head);
        }
    }

    /** An HTML page, with Link headers for the interpreters it will load (see {@link PageHints}). */
    private void servePage(HttpServletRequest request, HttpServletResponse response, AppFiles.File file,
            String relative, boolean head) throws IOException {
        byte[] page;
        try (InputStream in = file.open()) {
            page = in.readAllBytes();
        }
        int hash = Arrays.hashCode(page);
        Hinted known = hinted.get(relative); // one entry per page of the folder, whatever the Host header says
        if (known == null || known.length() != page.length || known.hash() != hash) {
            known = new Hinted(page.length, hash, hints.links(new String(page, StandardCharsets.UTF_8),
                    pageUrl(request, relative)));
            hinted.put(relative, known);
        }
        known.links().forEach(link -> response.addHeader("Link", link));
        Responses.bytes(response, MimeTypes.of(relative), page, head);
    }

    /**
     * The page's URL on a stand-in origin: the hints name this server's files by path, and
     * anything on another origin by its full URL.
     */
    private static URI pageUrl(HttpServletRequest request, String relative) {
        try {
            return new URI("http", PageHints.THIS_SERVER, request.getContextPath() + "/" + relative, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not a page path: " + relative, e);
        }
    }

    private static void serveTomlAsJson(AppFiles.File file, HttpServletResponse response, boolean head, String path)
            throws IOException {
        String toml;
        try (InputStream in = file.open()) {
            toml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            Responses.bytes(response, MimeTypes.JSON, TomlJson.convert(toml)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), head);
        } catch (IllegalArgumentException e) {
            LOG.warn("Invalid TOML in /{}: {}", path, e.getMessage());
            Responses.error(response, 422, e.getMessage());
        }
    }
}
