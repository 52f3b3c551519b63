package io.pyloom.server.http;

import io.pyloom.server.settings.Settings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headers on every response: cross-origin isolation (so workers get SharedArrayBuffer), no MIME
 * sniffing, no full URLs in Referer to other sites, and whatever the {@code headers} setting adds;
 * {@code Name:} with no value drops one. What is under {@code /pyloom/} (core.js, its runtime and
 * lazy files, the CSS, the interpreters, the wheels) may also be read by pages of any origin, as
 * from a CDN: {@code Access-Control-Allow-Origin: *}, which the setting can narrow or drop.
 */
@Component(service = jakarta.servlet.Filter.class, configurationPid = Settings.PID)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect(PyloomContext.SELECT)
public final class ResponseHeaders extends HttpFilter {

    static final Map<String, String> DEFAULTS = Map.of(
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Embedder-Policy", "require-corp",
            "Cross-Origin-Resource-Policy", "cross-origin",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin");
    /** Added under {@code /pyloom/}: a page on another origin loads core.js as a module, a CORS fetch. */
    static final Map<String, String> ASSET_DEFAULTS = Map.of("Access-Control-Allow-Origin", "*");
    private static final String ASSETS = "/pyloom/";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ResponseHeaders.class);

    private final transient Map<String, String> headers;
    private final transient Map<String, String> assetHeaders;

    @Activate
    public ResponseHeaders(Settings settings) {
        this.headers = headers(settings.headers());
        Map<String, String> assets = new LinkedHashMap<>(ASSET_DEFAULTS);
        assets.putAll(DEFAULTS);
        this.assetHeaders = headers(assets, settings.headers(), false);
    }

    /** The defaults with the setting's lines applied; a malformed line is logged and skipped. */
    static Map<String, String> headers(String[] lines) {
        return headers(DEFAULTS, lines, true);
    }

    private static Map<String, String> headers(Map<String, String> defaults, String[] lines, boolean log) {
        Map<String, String> headers = new LinkedHashMap<>(defaults);
        for (String line : lines) {
            try {
                String[] header = parse(line);
                headers.keySet().removeIf(name -> name.equalsIgnoreCase(header[0]));
                if (!header[1].isEmpty()) {
                    headers.put(header[0], header[1]);
                }
            } catch (IllegalArgumentException e) {
                if (log) {
                    LOG.error("Ignoring the header setting '{}': {}", line, e.getMessage());
                }
            }
        }
        return headers;
    }

    /** {@code Name: value} as name and value; the name must be a token, the value one line. */
    public static String[] parse(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a header is 'Name: value'");
        }
        String name = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            throw new IllegalArgumentException("'" + name + "' is not a header name");
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            throw new IllegalArgumentException("a header value is one line of text");
        }
        return new String[] { name, value };
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        (path.startsWith(ASSETS) ? assetHeaders : headers).forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
