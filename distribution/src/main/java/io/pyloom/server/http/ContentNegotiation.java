package io.pyloom.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * Which content coding a client takes (Accept-Encoding, RFC 9110, 12.5.3), honouring q-values:
 * {@code gzip;q=0} refuses gzip, {@code *;q=0.5} takes it unless gzip is refused by name.
 *
 * <p>A small parser of our own rather than Jetty's {@code QuotedQualityCSV}: that class leaves out
 * the codings with q=0, so {@code gzip;q=0, *} would read as taking gzip; and it would tie this
 * bundle to Felix's embedded Jetty (12.0.x exports, while the jetty-http at hand is 12.1, so the
 * generated import range would not resolve).
 */
public final class ContentNegotiation {

    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    private ContentNegotiation() {
    }

    /** Whether the request takes a gzip-coded body. */
    public static boolean acceptsGzip(HttpServletRequest request) {
        return acceptsGzip(request.getHeader("Accept-Encoding"));
    }

    /**
     * Whether an Accept-Encoding value takes gzip. No header at all is read as no gzip: the RFC
     * allows any coding then, but tools that send none (curl, scripts) mostly cannot unpack it.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        double gzip = quality(acceptEncoding, "gzip");
        return gzip > 0 || gzip < 0 && quality(acceptEncoding, "x-gzip") > 0; // x-gzip is an alias (8.4.1.3)
    }

    /** Whether the request lists JSON among the types it takes (with q above 0): the kernel asks for TOML so. */
    public static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && listed(accept, MimeTypes.JSON) > 0;
    }

    /**
     * The q-value the header gives a coding: by name, else by {@code *}; -1 when neither is listed.
     * For {@code identity} an unlisted coding is acceptable (q=1) unless {@code *;q=0} says otherwise.
     */
    static double quality(String acceptEncoding, String coding) {
        double named = listed(acceptEncoding, coding);
        if (named >= 0) {
            return named;
        }
        double any = listed(acceptEncoding, "*");
        if (coding.equals("identity")) {
            return any == 0 ? 0 : 1;
        }
        return any;
    }

    /** The q-value of the first member naming {@code name} (case-insensitive); -1 if none does. Members that cannot be read are skipped. */
    static double listed(String header, String name) {
        for (String member : header.split(",")) {
            String[] parts = member.split(";");
            double q = q(parts);
            if (q >= 0 && parts.length > 0 && parts[0].strip().equalsIgnoreCase(name)) {
                return q;
            }
        }
        return -1;
    }

    /** The member's q parameter, 1 without one; -1 if it or any parameter is malformed (not {@code name=value}). */
    private static double q(String[] parts) {
        double q = 1;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.isEmpty()) {
                continue; // a stray semicolon
            }
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                return -1;
            }
            if (parameter.substring(0, equals).strip().equalsIgnoreCase("q")) {
                String value = parameter.substring(equals + 1).strip();
                if (!QVALUE.matcher(value).matches()) {
                    return -1;
                }
                q = Double.parseDouble(value);
            }
        }
        return q;
    }
}
