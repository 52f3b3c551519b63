package io.pyloom.server.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Content types by file extension, the one place this server chooses them; browsers refuse wasm
 * and modules served as anything else.
 */
public final class MimeTypes {

    /** What JSON answers (the APIs, index.json) are sent as. */
    public static final String JSON = "application/json";
    /** Plain-text answers: errors. */
    public static final String TEXT = "text/plain; charset=utf-8";
    private static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("json", JSON),
            Map.entry("map", JSON),
            Map.entry("toml", "application/toml; charset=utf-8"),
            Map.entry("py", "text/x-python; charset=utf-8"),
            Map.entry("txt", TEXT),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("zip", "application/zip"),
            Map.entry("whl", "application/zip"),
            Map.entry("gz", "application/gzip"),
            Map.entry("tgz", "application/gzip"),
            Map.entry("tar", "application/x-tar"));

    private MimeTypes() {
    }

    /** The type of a file by the extension of its path; {@code application/octet-stream} when unknown. */
    public static String of(String path) {
        return known(path).orElse(UNKNOWN);
    }

    /** The type of a file by its extension, if this server knows the extension. */
    static Optional<String> known(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
