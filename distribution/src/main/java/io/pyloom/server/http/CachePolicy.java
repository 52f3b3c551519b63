package io.pyloom.server.http;

import jakarta.servlet.http.HttpServletResponse;

/** How long browsers and proxies may keep a response: the three answers this server gives. */
public enum CachePolicy {

    /** A versioned or content-hashed path: its bytes never change, so keep it a year and never ask. */
    IMMUTABLE("public, max-age=31536000, immutable"),
    /** A path whose bytes may change (an alias, a user's file): keep it, but ask each time (ETag, Last-Modified). */
    REVALIDATE("no-cache"),
    /** Errors and live state: a copy would be wrong the next moment. */
    NO_STORE("no-store");

    private final String header;

    CachePolicy(String header) {
        this.header = header;
    }

    /** The Cache-Control value. */
    public String header() {
        return header;
    }

    /** Sets Cache-Control, replacing any set before. */
    public void apply(HttpServletResponse response) {
        response.setHeader("Cache-Control", header);
    }
}
