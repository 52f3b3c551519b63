package io.pyloom.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginSetTest {

    @Test
    void namesAreTrimmedDeduplicatedAndSorted() {
        assertEquals(Set.of("error", "worker"), PluginSet.parse(" worker,error ,error,"));
        assertEquals(java.util.List.of("error", "worker"), java.util.List.copyOf(PluginSet.parse("worker,error")));
    }

    @Test
    void emptyMeansTheKernelAlone() {
        assertEquals(Set.of(), PluginSet.parse(""));
    }

    @Test
    void malformedNamesAreRefusedPrintably() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PluginSet.parse("ok,b\u0001d"));
        assertEquals("Malformed plugin name 'b?d': use lower-case letters, digits, '.', '_' and '-'.", e.getMessage());
    }

    @Test
    void anEnormousParameterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PluginSet.parse("a,".repeat(2000)));
    }
}
