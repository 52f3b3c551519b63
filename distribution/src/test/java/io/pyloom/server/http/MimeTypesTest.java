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

    @Test
    void knownTypesOnlyForKnownExtensions() {
        assertEquals(java.util.Optional.of("application/zip"), MimeTypes.known("numpy-2.0-py3-none-any.whl"));
        assertEquals(java.util.Optional.of(MimeTypes.JSON), MimeTypes.known("wheels/index.json"));
        assertEquals(java.util.Optional.empty(), MimeTypes.known("file.unknown"));
        assertEquals(java.util.Optional.empty(), MimeTypes.known("folder.d/file"));
        assertEquals(java.util.Optional.empty(), MimeTypes.known(""));
    }
}
