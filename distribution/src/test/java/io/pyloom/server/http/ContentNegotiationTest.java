package io.pyloom.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentNegotiationTest {

    @Test
    void gzipByName() {
        assertTrue(ContentNegotiation.acceptsGzip("gzip"));
        assertTrue(ContentNegotiation.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(ContentNegotiation.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(ContentNegotiation.acceptsGzip("gzip;q=0.001"));
        assertTrue(ContentNegotiation.acceptsGzip("x-gzip"));
    }

    @Test
    void qZeroRefusesGzip() {
        assertFalse(ContentNegotiation.acceptsGzip("gzip;q=0"));
        assertFalse(ContentNegotiation.acceptsGzip("gzip; q=0.000"));
        assertFalse(ContentNegotiation.acceptsGzip("gzip;Q=0, deflate"));
        assertFalse(ContentNegotiation.acceptsGzip("gzip;q=0, *"));
        assertFalse(ContentNegotiation.acceptsGzip("gzip;q=0, x-gzip"));
    }

    @Test
    void aStarStandsForUnlistedCodings() {
        assertTrue(ContentNegotiation.acceptsGzip("*"));
        assertTrue(ContentNegotiation.acceptsGzip("*;q=0.5"));
        assertTrue(ContentNegotiation.acceptsGzip("br, *;q=0.1"));
        assertFalse(ContentNegotiation.acceptsGzip("*;q=0"));
        assertTrue(ContentNegotiation.acceptsGzip("gzip, *;q=0"));
    }

    @Test
    void otherCodingsAreNotGzip() {
        assertFalse(ContentNegotiation.acceptsGzip("identity"));
        assertFalse(ContentNegotiation.acceptsGzip("deflate, br"));
        assertFalse(ContentNegotiation.acceptsGzip("gzipped"));
        assertFalse(ContentNegotiation.acceptsGzip("x-gzip;q=0"));
    }

    @Test
    void noHeaderOrAnEmptyOneMeansNoGzip() {
        assertFalse(ContentNegotiation.acceptsGzip((String) null));
        assertFalse(ContentNegotiation.acceptsGzip(""));
        assertFalse(ContentNegotiation.acceptsGzip(" "));
        assertFalse(ContentNegotiation.acceptsGzip(FakeHttp.request()));
        assertTrue(ContentNegotiation.acceptsGzip(FakeHttp.request("accept-encoding", "gzip")));
    }

    @Test
    void malformedMembersAreSkippedAndNeverThrow() {
        for (String header : new String[] { ",", ";", ";;q=", "gzip;q=", "gzip;q=abc", "gzip;q=2", "gzip;q=-1",
                "gzip;q=0.1234", "gzip;q=1.5", "gzip;q", "gzip;=1", ",,;,", "\"gzip\"", "gzip q=1" }) {
            assertFalse(ContentNegotiation.acceptsGzip(header), header);
        }
        assertTrue(ContentNegotiation.acceptsGzip("gzip;q=abc, *"));
        assertTrue(ContentNegotiation.acceptsGzip(";q=1, gzip"));
        assertTrue(ContentNegotiation.acceptsGzip("gzip;level=9"));
        assertTrue(ContentNegotiation.acceptsGzip("gzip;"));
    }

    @Test
    void identityIsAcceptableUnlessRefused() {
        assertEquals(1, ContentNegotiation.quality("gzip", "identity"));
        assertEquals(1, ContentNegotiation.quality("", "identity"));
        assertEquals(0, ContentNegotiation.quality("gzip, *;q=0", "identity"));
        assertEquals(0, ContentNegotiation.quality("identity;q=0", "identity"));
        assertEquals(0.5, ContentNegotiation.quality("identity;q=0.5, *;q=0", "identity"));
    }

    @Test
    void qualityIsTheNamedValueElseTheStar() {
        assertEquals(0.8, ContentNegotiation.quality("br, gzip;q=0.8", "gzip"));
        assertEquals(0.3, ContentNegotiation.quality("br, *;q=0.3", "gzip"));
        assertEquals(-1, ContentNegotiation.quality("br", "gzip"));
        assertEquals(1, ContentNegotiation.quality("gzip, gzip;q=0", "gzip")); // the first one counts
    }

    @Test
    void jsonIsWantedWhenListedAboveZero() {
        assertTrue(ContentNegotiation.wantsJson(FakeHttp.request("Accept", "application/json")));
        assertTrue(ContentNegotiation.wantsJson(FakeHttp.request("Accept", "text/html, application/json;q=0.9, */*;q=0.1")));
        assertTrue(ContentNegotiation.wantsJson(FakeHttp.request("Accept", "application/json; charset=utf-8")));
        assertFalse(ContentNegotiation.wantsJson(FakeHttp.request("Accept", "application/json;q=0")));
        assertFalse(ContentNegotiation.wantsJson(FakeHttp.request("Accept", "*/*")));
        assertFalse(ContentNegotiation.wantsJson(FakeHttp.request("Accept", "text/html")));
        assertFalse(ContentNegotiation.wantsJson(FakeHttp.request()));
    }
}
