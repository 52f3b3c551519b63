package io.pyloom.server.wheels;

import static io.pyloom.it.support.WheelBuilder.wheel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.server.http.FakeHttp;
import io.pyloom.server.settings.Settings;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WheelsServletTest {

    private static final String WHEEL = "foo-1.0-py3-none-any.whl";

    @TempDir
    Path folder;

    private WheelsServlet servlet() throws IOException {
        wheel("foo", "1.0").writeInto(folder);
        Files.setLastModifiedTime(folder.resolve(WHEEL), FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
        Settings settings = (Settings) Proxy.newProxyInstance(Settings.class.getClassLoader(), new Class<?>[] { Settings.class },
                (proxy, method, args) -> method.getName().equals("wheels") ? folder.toString() : method.getDefaultValue());
        return new WheelsServlet(settings);
    }

    private static FakeHttp.Recorded get(WheelsServlet servlet, String path, String... headers) throws IOException {
        FakeHttp.Recorded recorded = new FakeHttp.Recorded();
        servlet.serve(FakeHttp.requestFor(path, headers), recorded.response(), false);
        return recorded;
    }

    @Test
    void aWheelHasValidatorsAndAnswers304ToThem() throws IOException {
        WheelsServlet servlet = servlet();
        FakeHttp.Recorded first = get(servlet, "/" + WHEEL);
        assertEquals(200, first.status);
        assertEquals("application/zip", first.headers.get("Content-Type"));
        assertEquals("no-cache", first.headers.get("Cache-Control"));
        assertEquals(Files.size(folder.resolve(WHEEL)), first.body.size());
        String etag = first.headers.get("ETag");
        assertNotNull(etag);
        assertEquals(Long.toString(Instant.parse("2026-01-02T03:04:05Z").toEpochMilli()), first.headers.get("Last-Modified"));

        FakeHttp.Recorded again = get(servlet, "/" + WHEEL, "If-None-Match", "W/" + etag);
        assertEquals(304, again.status);
        assertEquals(0, again.body.size());
        assertEquals("no-cache", again.headers.get("Cache-Control"));

        FakeHttp.Recorded byDate = get(servlet, "/" + WHEEL, "If-Modified-Since", "Fri, 02 Jan 2026 03:04:05 GMT");
        assertEquals(304, byDate.status);
    }

    @Test
    void aChangedWheelIsSentAgain() throws IOException {
        WheelsServlet servlet = servlet();
        String etag = get(servlet, "/" + WHEEL).headers.get("ETag");
        Files.setLastModifiedTime(folder.resolve(WHEEL), FileTime.from(Instant.parse("2026-02-02T00:00:00Z")));
        FakeHttp.Recorded changed = get(servlet, "/" + WHEEL, "If-None-Match", etag);
        assertEquals(200, changed.status);
        assertTrue(changed.body.size() > 0);
    }

    @Test
    void theIndexHasValidatorsAndAnswers304ToThem() throws IOException {
        WheelsServlet servlet = servlet();
        FakeHttp.Recorded first = get(servlet, "/index.json");
        assertEquals(200, first.status);
        assertEquals("application/json", first.headers.get("Content-Type"));
        assertTrue(first.body.toString().contains("\"foo\""));
        String etag = first.headers.get("ETag");
        assertNotNull(etag);
        assertNotNull(first.headers.get("Last-Modified"));

        assertEquals(304, get(servlet, "/index.json", "If-None-Match", "\"other\", " + etag).status);
        String modified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.ofEpochMilli(Long.parseLong(first.headers.get("Last-Modified"))).atZone(ZoneOffset.UTC));
        assertEquals(304, get(servlet, "/index.json", "If-Modified-Since", modified).status);
        assertEquals(200, get(servlet, "/index.json", "If-None-Match", "\"other\"").status);
    }
}
