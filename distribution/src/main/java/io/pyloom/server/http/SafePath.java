package io.pyloom.server.http;

import java.util.Optional;

/** Request paths that may be mapped onto a served folder: no way up, no tricks. */
final class SafePath {

    private SafePath() {
    }

    /**
     * Returns the path without its leading slash, or empty when any segment could leave the folder
     * or means something else on some file system ({@code ..}, {@code .}, backslashes, NUL, ...).
     */
    static Optional<String> relative(String decodedPath) {
        if (decodedPath == null || decodedPath.isEmpty() || decodedPath.equals("/")) {
            return Optional.of("");
        }
        String path = decodedPath.startsWith("/") ? decodedPath.substring(1) : decodedPath;
        if (path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.indexOf(':') >= 0 || path.contains("//")) {
            return Optional.empty();
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }
}
