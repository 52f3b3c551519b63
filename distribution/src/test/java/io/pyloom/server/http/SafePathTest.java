package io.pyloom.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafePathTest {

    @Test
    void plainPathsLoseTheirLeadingSlash() {
        assertEquals(Optional.of("a/b.html"), SafePath.relative("/a/b.html"));
        assertEquals(Optional.of(""), SafePath.relative("/"));
        assertEquals(Optional.of(""), SafePath.relative(null));
        assertEquals(Optional.of("dir/"), SafePath.relative("/dir/"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/../etc/passwd", "/a/../../b", "/a/./b", "/..", "/a\\..\\b", "/a\0b", "/C:/x", "//etc" })
    void anythingThatCouldLeaveTheFolderIsRefused(String path) {
        assertTrue(SafePath.relative(path).isEmpty(), path);
    }
}
