package io.pyloom.server.http;

import io.pyloom.server.api.BrokenPluginException;
import io.pyloom.server.api.ComposeException;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import io.pyloom.server.api.UnknownPluginException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The set a request names with {@code ?plugins=a,b} (the default set without it), composed. */
final class RequestedSet {

    private static final Logger LOG = LoggerFactory.getLogger(RequestedSet.class);

    private RequestedSet() {
    }

    /** The composed set; empty when the response already tells the client why not (400, 409 or 500). */
    static Optional<Composed> compose(Composer composer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String parameter;
        try {
            parameter = request.getParameter("plugins");
        } catch (RuntimeException badQuery) {
            // Jetty parses the query on first use: bytes that are not UTF-8 fail there.
            LOG.warn("400 for {}: a query that cannot be read ({})", request.getRequestURI(), badQuery.getMessage());
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, "Malformed query: it must be UTF-8, "
                    + "as in ?plugins=error,pydom");
            return Optional.empty();
        }
        try {
            if (parameter == null) {
                return Optional.of(composeDefault(composer));
            }
            return Optional.of(composer.compose(PluginSet.parse(parameter)));
        } catch (IllegalArgumentException | UnknownPluginException e) {
            LOG.warn("400 for {}?{}: {}", request.getRequestURI(), request.getQueryString(), e.getMessage());
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (BrokenPluginException e) {
            LOG.warn("409 for {}?{}: {}", request.getRequestURI(), request.getQueryString(), e.getMessage());
            Responses.error(response, HttpServletResponse.SC_CONFLICT, e.getMessage());
        } catch (ComposeException e) {
            LOG.error("Cannot compose core.js: {}", e.getMessage(), e);
            Responses.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "core.js could not be composed; the server log has the details.");
        }
        return Optional.empty();
    }

    /**
     * The default set leaves out a plugin found broken while composing it, and follows plugins that
     * come and go meanwhile: one bad or busy bundle breaks no page.
     */
    private static Composed composeDefault(Composer composer) throws UnknownPluginException, ComposeException {
        for (int attempt = 1;; attempt++) {
            try {
                return composer.compose(composer.defaultPlugins());
            } catch (BrokenPluginException | UnknownPluginException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
