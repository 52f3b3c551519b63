package io.pyloom.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CachePolicyTest {

    @Test
    void eachPolicyIsOneCacheControlValue() {
        assertEquals("public, max-age=31536000, immutable", CachePolicy.IMMUTABLE.header());
        assertEquals("no-cache", CachePolicy.REVALIDATE.header());
        assertEquals("no-store", CachePolicy.NO_STORE.header());
    }

    @Test
    void applyingAPolicyReplacesTheHeader() {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        CachePolicy.IMMUTABLE.apply(recorded.response());
        CachePolicy.NO_STORE.apply(recorded.response());
        assertEquals("no-store", recorded.headers.get("Cache-Control"));
    }
}
