package io.pyloom.server.compose;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;

/** A bundle in the framework, read through its entries (works whatever its location). */
final class OsgiBundleSource implements BundleSource {

    private final String name;
    private final String version;
    private final Bundle bundle;

    OsgiBundleSource(String name, String version, Bundle bundle) {
        this.name = name;
        this.version = version;
        this.bundle = bundle;
    }

    private long digestedAt = Long.MIN_VALUE;
    private String digest;

    /** Memoized until the bundle is updated: hashing its entries on every request would be waste. */
    @Override
    public synchronized String digest() {
        long modified = bundle.getLastModified();
        if (digest == null || modified != digestedAt) {
            digest = ContentKey.digestOf(this);
            digestedAt = modified;
        }
        return digest;
    }

    Bundle bundle() {
        return bundle;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public URL entry(String path) {
        return bundle.getEntry(path);
    }

    @Override
    public List<String> files(String folder) {
        List<String> files = new ArrayList<>();
        Enumeration<String> paths = bundle.getEntryPaths(folder.isEmpty() ? "/" : folder);
        if (paths == null) {
            return files;
        }
        for (String path : Collections.list(paths)) {
            if (path.endsWith("/")) {
                files.addAll(files(path));
            } else {
                files.add(path);
            }
        }
        Collections.sort(files);
        return files;
    }
}
