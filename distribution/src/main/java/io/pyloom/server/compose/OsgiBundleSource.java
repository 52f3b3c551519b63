package io.pyloom.server.compose;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;

/** A bundle in the framework, read through its entries (works whatever its location). */
final class OsgiBundleSource implements BundleSource {

    private final Bundle bundle;
    private long readAt = Long.MIN_VALUE;
    private String[] identity;
    private String digest;

    /** @param identity the name and version the bundle declares now (see BundlePlugins.identify) */
    OsgiBundleSource(Bundle bundle, String[] identity) {
        this.bundle = bundle;
        this.identity = identity;
        this.readAt = bundle.getLastModified();
    }

    /** Read again when the bundle is updated: a new jar may bring a new version, and new content. */
    private synchronized void refresh() {
        long modified = bundle.getLastModified();
        if (modified != readAt) {
            String[] now = BundlePlugins.identify(bundle);
            if (now != null) {
                identity = now;
            }
            digest = null;
            readAt = modified;
        }
    }

    /** Memoized until the bundle is updated: hashing its entries on every request would be waste. */
    @Override
    public synchronized String digest() {
        refresh();
        if (digest == null) {
            digest = ContentKey.digestOf(this);
        }
        return digest;
    }

    Bundle bundle() {
        return bundle;
    }

    @Override
    public synchronized String name() {
        refresh();
        return identity[0];
    }

    @Override
    public synchronized String version() {
        refresh();
        return identity[1];
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
