package io.pyloom.server.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Requests with given headers, and responses that keep what is set on them, without a server. */
public final class FakeHttp {

    private FakeHttp() {
    }

    /** A request with these headers: name, value, name, value...; a name may repeat. */
    public static HttpServletRequest request(String... headers) {
        return requestFor(null, headers);
    }

    /** A request for a path (below the servlet's) with these headers. */
    public static HttpServletRequest requestFor(String pathInfo, String... headers) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headers.length; i += 2) {
            byName.computeIfAbsent(headers[i], n -> new ArrayList<>()).add(headers[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> byName.containsKey((String) args[0]) ? byName.get((String) args[0]).get(0) : null;
                    case "getHeaders" -> Collections.enumeration(byName.getOrDefault((String) args[0], List.of()));
                    case "getPathInfo" -> pathInfo;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A response's status and headers (dates as epoch milliseconds). */
    public static final class Recorded {
        public int status = 200;
        public final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        public final ByteArrayOutputStream body = new ByteArrayOutputStream();

        public HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] { HttpServletResponse.class }, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (int) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "setDateHeader" -> headers.put((String) args[0], Long.toString((long) args[1]));
                            case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                            case "setContentLength", "setContentLengthLong" -> headers.put("Content-Length", args[0].toString());
                            case "getOutputStream" -> {
                                return output();
                            }
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
        }

        private ServletOutputStream output() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
