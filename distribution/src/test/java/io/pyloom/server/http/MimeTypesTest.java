package io.pyloom.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MimeTypesTest {

    @Test
    void browsersGetTheTypesTheyInsistOn() {
        assertEquals("application/wasm", MimeTypes.of("micropython/1.27.0/micropython.wasm"));
        assertEquals("text/javascript; charset=utf-8", MimeTypes.of("pyodide.mjs"));
        assertEquals("text/javascript; charset=utf-8", MimeTypes.of("x.JS"));
        assertEquals("text/html; charset=utf-8", MimeTypes.of("index.html"));
        assertEquals("application/octet-stream", MimeTypes.of("no.extension/file"));
        assertEquals("application/octet-stream", MimeTypes.of("file.unknown"));
    }
}
