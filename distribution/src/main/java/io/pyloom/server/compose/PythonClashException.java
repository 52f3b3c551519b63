package io.pyloom.server.compose;

import io.pyloom.server.api.ComposeException;

/** Two bundles of a set bring the same {@code python/} file: the one composed second is to blame. */
final class PythonClashException extends ComposeException {

    private static final long serialVersionUID = 1L;

    final String owner;
    final String claimant;
    final String path;

    PythonClashException(String owner, String claimant, String path) {
        super("Both " + owner + " and " + claimant + " contain python/" + path);
        this.owner = owner;
        this.claimant = claimant;
        this.path = path;
    }
}
