package io.pyloom.server.http;

import io.pyloom.server.api.Composed;
import java.nio.charset.StandardCharsets;

/**
 * {@code storage.js} beside core.js: PyScript's page-side {@code storage} module. It re-exports the
 * set's lazy module, so a page can use it before core.js, or without it, and download nothing else.
 */
public final class PageStorageModule {

    /** Its name in core.js's folder. */
    public static final String NAME = "storage.js";
    /** The kernel's lazy module it re-exports. */
    static final String LAZY_FILE = "js/page-storage.js";

    private PageStorageModule() {
    }

    /** Whether the set has the module (every set with the kernel's lazy files does). */
    public static boolean in(Composed composed) {
        return composed.lazy().containsKey(LAZY_FILE);
    }

    /** The module's source for one set. */
    public static byte[] source(Composed composed) {
        return ("export * from \"./" + composed.lazyFolder() + LAZY_FILE + "\";\n").getBytes(StandardCharsets.UTF_8);
    }
}
