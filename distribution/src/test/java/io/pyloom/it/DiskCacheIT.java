package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.Http;
import io.pyloom.it.support.PyloomServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Composed sets survive a restart: the second server serves them from --cache without compiling. */
class DiskCacheIT {

    @Test
    void aRestartedServerServesTheSetFromTheDiskCache() throws Exception {
        Path cache = Path.of("target/it-servers/disk-cache").toAbsolutePath();
        PyloomServer.deleteTree(cache);
        byte[] first;
        long coldMillis;
        try (PyloomServer server = PyloomServer.start("disk-cache-1", "--cache", cache.toString())) {
            long start = System.nanoTime();
            first = Http.to(server).getBytes("/pyloom/core.js?plugins=error").body();
            coldMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(server.log().contains("Composed core.js with plugins [error] "), server.log());
        }
        try (PyloomServer server = PyloomServer.start("disk-cache-2", "--cache", cache.toString())) {
            long start = System.nanoTime();
            HttpResponse<byte[]> again = Http.to(server).getBytes("/pyloom/core.js?plugins=error");
            long cachedMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, again.statusCode());
            assertArrayEquals(first, again.body());
            assertTrue(server.log().contains("Loaded core.js with plugins [error] from the disk cache"), server.log());
            assertFalse(server.log().contains("Composed core.js"), "nothing compiled: " + server.log());
            System.out.printf("first core.js request: %d ms composing, %d ms from the disk cache after a restart%n",
                    coldMillis, cachedMillis);
        }
    }
}
