package io.pyloom.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Validators and conditional GET (RFC 9110, 8.8 and 13): a response names its ETag and
 * Last-Modified, and a request whose If-None-Match or If-Modified-Since shows the client already
 * has those bytes gets 304 without a body. Headers a client gets wrong are ignored, never an error.
 */
public final class ConditionalGet {

    private static final DateTimeFormatter RFC_850 = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    private ConditionalGet() {
    }

    /** A strong entity tag for an opaque value (which must not hold a double quote). */
    public static String etag(String opaque) {
        return "\"" + opaque + "\"";
    }

    /**
     * Sets ETag (unless null) and Last-Modified (unless negative); when the request's conditions show
     * the client has this representation, sets 304 and returns true: the caller then sends no body.
     * Set Cache-Control, Vary and the like first: a 304 carries them too.
     */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag,
            long lastModifiedMillis) {
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        if (lastModifiedMillis >= 0) {
            response.setDateHeader("Last-Modified", lastModifiedMillis);
        }
        String ifNoneMatch = joined(request, "If-None-Match");
        boolean notModified = ifNoneMatch != null
                ? etag != null && noneMatchFails(ifNoneMatch, etag)
                // If-Modified-Since counts only where If-None-Match is absent (RFC 9110, 13.2.2).
                : lastModifiedMillis >= 0 && unmodifiedSince(request.getHeader("If-Modified-Since"), lastModifiedMillis);
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return notModified;
    }

    /**
     * Whether If-None-Match names the current representation: {@code *}, or one entity tag of the
     * list equal to {@code etag} by weak comparison ({@code W/"a"} matches {@code "a"}).
     */
    static boolean noneMatchFails(String ifNoneMatch, String etag) {
        String current = opaque(etag);
        int i = 0;
        int n = ifNoneMatch.length();
        while (i < n) {
            char c = ifNoneMatch.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                if (ifNoneMatch.startsWith("W/", i)) {
                    i += 2;
                }
                if (i < n && ifNoneMatch.charAt(i) == '"') {
                    int close = ifNoneMatch.indexOf('"', i + 1); // an etag cannot hold a quote, but may hold a comma
                    if (close < 0) {
                        return false; // unterminated: nothing after it can be read
                    }
                    if (ifNoneMatch.substring(i, close + 1).equals(current)) {
                        return true;
                    }
                    i = close + 1;
                } else {
                    int comma = ifNoneMatch.indexOf(',', i); // not an entity tag: skip this member
                    i = comma < 0 ? n : comma + 1;
                }
            }
        }
        return false;
    }

    /** Whether the resource is unchanged since the If-Modified-Since date (which has whole seconds). */
    static boolean unmodifiedSince(String ifModifiedSince, long lastModifiedMillis) {
        OptionalLong since = httpDate(ifModifiedSince);
        return since.isPresent() && lastModifiedMillis / 1000 <= since.getAsLong() / 1000;
    }

    /** An HTTP-date in any of the three forms recipients must read (RFC 9110, 5.6.7); empty if it is none. */
    static OptionalLong httpDate(String value) {
        if (value == null) {
            return OptionalLong.empty();
        }
        String text = value.strip();
        try {
            return OptionalLong.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            // an obsolete form, or none
        }
        // The obsolete forms' weekday is left out: with a two-digit year it cannot be checked.
        int comma = text.indexOf(", ");
        int space = text.indexOf(' ');
        try {
            if (comma > 0) {
                ZonedDateTime date = ZonedDateTime.parse(text.substring(comma + 2), RFC_850);
                if (date.getYear() > ZonedDateTime.now(ZoneOffset.UTC).getYear() + 50) {
                    date = date.minusYears(100); // more than 50 years ahead means the past (RFC 9110, 5.6.7)
                }
                return OptionalLong.of(date.toInstant().toEpochMilli());
            }
            if (space > 0) {
                return OptionalLong.of(ZonedDateTime.parse(text.substring(space + 1), ASCTIME).toInstant().toEpochMilli());
            }
        } catch (DateTimeParseException e) {
            // none of the three
        }
        return OptionalLong.empty();
    }

    /** The opaque tag of an entity tag, quotes included, without a weak prefix. */
    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    /** All lines of a header as one comma-separated list, or null when there is none. */
    private static String joined(HttpServletRequest request, String name) {
        var lines = request.getHeaders(name);
        if (lines == null) {
            return request.getHeader(name);
        }
        String joined = String.join(", ", Collections.list(lines));
        return joined.isEmpty() && request.getHeader(name) == null ? null : joined;
    }
}
