package io.pyloom.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;
import org.osgi.framework.Bundle;

/** The example gallery packed into the server bundle under {@code apps/}. */
final class BundleAppFiles implements AppFiles {

    private final Bundle bundle;

    BundleAppFiles(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public Optional<File> file(String relativePath) {
        if (relativePath.isEmpty() || relativePath.endsWith("/")) {
            return Optional.empty();
        }
        URL url = bundle.getEntry("apps/" + relativePath);
        if (url == null || bundle.getEntry("apps/" + relativePath + "/") != null) {
            return Optional.empty();
        }
        try {
            // The bundle's own date: its files change only when it is updated.
            return Optional.of(new Entry(url, url.openConnection().getContentLengthLong(), bundle.getLastModified()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the bundle. */
    private record Entry(URL url, long length, long lastModified) implements File {
        @Override
        public InputStream open() throws IOException {
            return url.openStream();
        }
    }

    @Override
    public boolean isFolder(String relativePath) {
        String folder = relativePath.isEmpty() ? "apps/" : "apps/" + relativePath.replaceAll("/$", "") + "/";
        return bundle.getEntry(folder) != null;
    }

    @Override
    public String describe() {
        return "the example gallery";
    }
}
