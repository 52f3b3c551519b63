package io.pyloom.server.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Content hashes: equal keys, equal core.js. */
final class ContentKey {


    private ContentKey() {
    }

    /** The key of a composition: its sources' digests, in order, and the settings around them. */
    static String of(List<BundleSource> sources, String settings) {
        MessageDigest sha = sha256();
        update(sha, settings);
        for (BundleSource source : sources) {
            update(sha, source.name());
            update(sha, source.digest());
        }
        return hex(sha).substring(0, 32);
    }

    static String digestOf(BundleSource source) {
        MessageDigest sha = sha256();
        // Every file: a plugin's classes may be in any package, and its manifest names its version.
        for (String path : source.files("")) {
            update(sha, path);
            try {
                sha.update(source.read(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hex(sha);
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
