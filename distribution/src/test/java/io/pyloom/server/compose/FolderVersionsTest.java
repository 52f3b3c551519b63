package io.pyloom.server.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class FolderVersionsTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.shuffle(list, new Random(9));
        list.sort(FolderVersions.ORDER);
        return list;
    }

    @Test
    void numbersAreComparedAsNumbers() {
        assertEquals(List.of("0.9", "0.10", "0.10.1", "1.9.1", "1.10.0", "10"), sorted("0.10", "1.10.0", "0.9", "10", "0.10.1", "1.9.1"));
        assertEquals(Optional.of("0.10"), FolderVersions.newest(List.of("0.9", "0.10", "0.2")));
    }

    @Test
    void aReleaseIsAboveItsPreviews() {
        assertEquals(List.of("1.27.0-preview.5", "1.27.0-preview.9", "1.27.0", "1.28.0-preview.1"),
                sorted("1.27.0", "1.28.0-preview.1", "1.27.0-preview.9", "1.27.0-preview.5"));
    }

    @Test
    void oddNamesSortBelowAndNeverThrow() {
        // A number too large for a version counts as no number.
        assertEquals(List.of("", "99999999999.0x", "latest", "next", "0.1"),
                sorted("next", "0.1", "", "latest", "99999999999.0x"));
        assertNull(FolderVersions.numbers("latest"));
        assertNull(FolderVersions.numbers("99999999999"));
        assertEquals(new Version(1, 2, 3), FolderVersions.numbers("1.2.3.4-x"));
        assertEquals(Optional.empty(), FolderVersions.newest(List.of()));
    }

    @Test
    void theOrderIsTotal() {
        // Names with the same numbers still differ, so a sorted map keeps them all.
        assertEquals(-1, Integer.signum(FolderVersions.ORDER.compare("1.0", "1.0.0")));
        assertEquals(0, FolderVersions.ORDER.compare("1.0", "1.0"));
    }

    @Test
    void theDefaultInterpreterIsTheNewestVersion() {
        Interpreters interpreters = new Interpreters(Map.of("pyodide", sorted("0.9.0", "0.10.0")));
        assertEquals("interpreters/pyodide/0.10.0/pyodide.mjs", interpreters.modules().get("py"));
        assertEquals(List.of("0.9.0", "0.10.0"), List.copyOf(interpreters.hosted().get("py").keySet()));
    }
}
