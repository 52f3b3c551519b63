package io.pyloom.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The files of the apps served at {@code /}: the gallery in this bundle, or a folder of the user's. */
interface AppFiles {

    /** A served file. */
    interface File {
        InputStream open() throws IOException;

        long length();

        /** When it last changed, in ms since the epoch; -1 when unknown. */
        long lastModified();

        /** An entity tag for its current bytes, from their length and date. */
        default String etag() {
            return ConditionalGet.etag(Long.toHexString(length()) + "-" + Long.toHexString(lastModified()));
        }
    }

    /** Looks up a safe relative path: a file, or nothing. */
    Optional<File> file(String relativePath);

    /** Whether the path names a folder (served through its index.html). */
    boolean isFolder(String relativePath);

    /** Where the files come from, for the log. */
    String describe();
}
