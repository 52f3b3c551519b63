package io.pyloom.server.compose;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

/** The contents of one bundle the Composer reads: its classes for TeaVM, its Python and CSS. */
public interface BundleSource {

    /** {@code kernel}, or the plugin's name. */
    String name();

    String version();

    /** The entry at {@code path} (no leading slash), or null. */
    URL entry(String path);

    /** Paths of all files under {@code folder} (empty: the whole bundle), recursively, relative to the bundle root, sorted. */
    List<String> files(String folder);

    /** A hash of the files a composition takes from this bundle: classes, services, Python, CSS. */
    default String digest() {
        return ContentKey.digestOf(this);
    }

    default byte[] read(String path) throws IOException {
        URL url = entry(path);
        if (url == null) {
            throw new IOException("No " + path + " in " + name());
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
