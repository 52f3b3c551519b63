package io.pyloom.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing responses the same way everywhere. */
public final class Responses {

    private Responses() {
    }

    /** A short plain-text reason, never a stack trace. */
    public static void error(HttpServletResponse response, int status, String reason) throws IOException {
        byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MimeTypes.TEXT);
        CachePolicy.NO_STORE.apply(response);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void bytes(HttpServletResponse response, String contentType, byte[] body, boolean head) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    static void stream(HttpServletResponse response, InputStream in, long length, boolean head) throws IOException {
        if (length >= 0) {
            response.setContentLengthLong(length);
        }
        if (!head) {
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
