package io.pyloom.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    private static final String ETAG = "\"abc\"";
    /** Sun, 06 Nov 1994 08:49:37 GMT, the RFC's example. */
    private static final long EXAMPLE = Instant.parse("1994-11-06T08:49:37Z").toEpochMilli();

    @Test
    void theSameTagMatches() {
        assertTrue(ConditionalGet.noneMatchFails("\"abc\"", ETAG));
        assertFalse(ConditionalGet.noneMatchFails("\"abd\"", ETAG));
        assertFalse(ConditionalGet.noneMatchFails("\"ABC\"", ETAG));
    }

    @Test
    void anyTagOfAListMatches() {
        assertTrue(ConditionalGet.noneMatchFails("\"x\", \"abc\"", ETAG));
        assertTrue(ConditionalGet.noneMatchFails("\"x\",\"abc\",\"y\"", ETAG));
        assertTrue(ConditionalGet.noneMatchFails("  \"x\" ,\t\"abc\"  ", ETAG));
        assertFalse(ConditionalGet.noneMatchFails("\"x\", \"y\"", ETAG));
    }

    @Test
    void weakTagsMatchByWeakComparison() {
        assertTrue(ConditionalGet.noneMatchFails("W/\"abc\"", ETAG));
        assertTrue(ConditionalGet.noneMatchFails("\"x\", W/\"abc\"", ETAG));
        assertTrue(ConditionalGet.noneMatchFails("\"abc\"", "W/\"abc\""));
        assertFalse(ConditionalGet.noneMatchFails("W/\"abd\"", ETAG));
    }

    @Test
    void aStarMatchesWhateverTheTag() {
        assertTrue(ConditionalGet.noneMatchFails("*", ETAG));
        assertTrue(ConditionalGet.noneMatchFails(" * ", ETAG));
    }

    @Test
    void aCommaInsideATagIsPartOfIt() {
        assertTrue(ConditionalGet.noneMatchFails("\"a,b\"", "\"a,b\""));
        assertFalse(ConditionalGet.noneMatchFails("\"a,b\"", "\"a\""));
    }

    @Test
    void malformedListsMatchNothingAndNeverThrow() {
        for (String header : new String[] { "", ",", "abc", "\"abc", "W/", "W/abc", "\"", "W/\"", ",,,\"x", "abc, \"x\"" }) {
            assertFalse(ConditionalGet.noneMatchFails(header, ETAG), header);
        }
        // A bare member is skipped; a real tag after it still counts.
        assertTrue(ConditionalGet.noneMatchFails("abc, \"abc\"", ETAG));
    }

    @Test
    void allThreeDateFormsAreRead() {
        assertEquals(OptionalLong.of(EXAMPLE), ConditionalGet.httpDate("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(OptionalLong.of(EXAMPLE), ConditionalGet.httpDate("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(OptionalLong.of(EXAMPLE), ConditionalGet.httpDate("Sun Nov  6 08:49:37 1994"));
    }

    @Test
    void malformedDatesAreNoDate() {
        for (String header : new String[] { "", "yesterday", "Sun, 06 Nov 1994", "Sun, 32 Nov 1994 08:49:37 GMT",
                "Mon, 06 Nov 1994 08:49:37 GMT", "1994-11-06T08:49:37Z", ", x", " " }) {
            assertEquals(OptionalLong.empty(), ConditionalGet.httpDate(header), header);
        }
        assertEquals(OptionalLong.empty(), ConditionalGet.httpDate(null));
    }

    @Test
    void unmodifiedSinceComparesWholeSeconds() {
        String date = "Sun, 06 Nov 1994 08:49:37 GMT";
        assertTrue(ConditionalGet.unmodifiedSince(date, EXAMPLE));
        assertTrue(ConditionalGet.unmodifiedSince(date, EXAMPLE + 999)); // the header cannot say milliseconds
        assertTrue(ConditionalGet.unmodifiedSince(date, EXAMPLE - 60_000));
        assertFalse(ConditionalGet.unmodifiedSince(date, EXAMPLE + 1000));
        assertFalse(ConditionalGet.unmodifiedSince("not a date", EXAMPLE));
        assertFalse(ConditionalGet.unmodifiedSince(null, EXAMPLE));
    }

    @Test
    void aMatchingTagAnswers304WithTheValidators() {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        assertTrue(ConditionalGet.notModified(FakeHttp.request("If-None-Match", "\"x\", W/\"abc\""), recorded.response(),
                ETAG, EXAMPLE));
        assertEquals(304, recorded.status);
        assertEquals(ETAG, recorded.headers.get("ETag"));
        assertEquals(Long.toString(EXAMPLE), recorded.headers.get("Last-Modified"));
    }

    @Test
    void tagsOnSeveralHeaderLinesCount() {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        assertTrue(ConditionalGet.notModified(FakeHttp.request("If-None-Match", "\"x\"", "If-None-Match", ETAG),
                recorded.response(), ETAG, -1));
    }

    @Test
    void noConditionsMeansTheFullResponse() {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        assertFalse(ConditionalGet.notModified(FakeHttp.request(), recorded.response(), ETAG, EXAMPLE));
        assertEquals(200, recorded.status);
        assertEquals(ETAG, recorded.headers.get("ETag"));
    }

    @Test
    void ifModifiedSinceAnswers304WhenNothingChanged() {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        assertTrue(ConditionalGet.notModified(FakeHttp.request("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"),
                recorded.response(), ETAG, EXAMPLE));
        assertEquals(304, recorded.status);
        FakeHttp.Recorded later = new FakeHttp.Recorded();
        assertFalse(ConditionalGet.notModified(FakeHttp.request("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"),
                later.response(), ETAG, EXAMPLE + 5000));
        assertEquals(200, later.status);
    }

    @Test
    void ifNoneMatchOverridesIfModifiedSince() {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        assertFalse(ConditionalGet.notModified(FakeHttp.request("If-None-Match", "\"old\"",
                "If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"), recorded.response(), ETAG, EXAMPLE));
        assertEquals(200, recorded.status);
    }

    @Test
    void withoutAnEtagOnlyTheDateCanMatch() {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        assertFalse(ConditionalGet.notModified(FakeHttp.request("If-None-Match", "*"), recorded.response(), null, EXAMPLE));
        assertFalse(recorded.headers.containsKey("ETag"));
        FakeHttp.Recorded noDate = new FakeHttp.Recorded();
        assertFalse(ConditionalGet.notModified(FakeHttp.request("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"),
                noDate.response(), ETAG, -1));
        assertFalse(noDate.headers.containsKey("Last-Modified"));
    }

    @Test
    void aMalformedDateIsIgnored() {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        assertFalse(ConditionalGet.notModified(FakeHttp.request("If-Modified-Since", "soon"), recorded.response(),
                ETAG, EXAMPLE));
        assertEquals(200, recorded.status);
    }
}
