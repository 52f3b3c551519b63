package io.pyloom.server.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Subresource Integrity values, as the {@code integrity} attribute takes them. */
public final class Integrity {

    private Integrity() {
    }

    public static String sha384(byte[] bytes) {
        try {
            return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks SHA-384", e);
        }
    }
}
