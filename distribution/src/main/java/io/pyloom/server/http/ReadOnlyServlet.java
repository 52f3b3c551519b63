package io.pyloom.server.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet that answers GET and HEAD alike (HEAD without the body); other methods get 405,
 * TRACE included (it would echo the request's headers back).
 */
public abstract class ReadOnlyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected final void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected final void doTrace(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "GET, HEAD");
        Responses.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed: use GET or HEAD.");
    }

    /** Writes the response; when {@code head} is true, headers only. */
    protected abstract void serve(HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException;
}
