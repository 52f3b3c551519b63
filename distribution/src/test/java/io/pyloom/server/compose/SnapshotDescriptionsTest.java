package io.pyloom.server.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotDescriptionsTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    private static Map<String, Object> parse(String json) throws Exception {
        return SnapshotDescriptions.parse(new ObjectMapper().readTree(json));
    }

    @Test
    void aDescriptionGivesTheBuildTheStandardLibraryAndTheTrampoline() throws Exception {
        Map<String, Object> description = parse("{\"version\": \"1\", \"build\": \"" + A + "\", \"stdlib\": \"" + B
                + "\", \"trampoline\": {\"address\": 3253460, \"value\": 0}}");
        assertEquals(A, description.get("build"));
        assertEquals(B, description.get("stdlib"));
        assertEquals(Map.of("address", 3253460L, "value", 0), description.get("trampoline"));
    }

    @Test
    void aWebAssemblyTrampolineComesWithItsProbe() throws Exception {
        String json = "{\"build\": \"" + A + "\", \"stdlib\": \"" + B + "\", \"trampoline\": {\"address\": 8, \"value\": 3";
        assertEquals("AGFzbQEAAAA=", ((Map<?, ?>) parse(json + ", \"probe\": \"AGFzbQEAAAA=\"}}").get("trampoline")).get("probe"));
        assertEquals("names a WebAssembly trampoline but has no probe module",
                assertThrows(IllegalArgumentException.class, () -> parse(json + "}}")).getMessage());
    }

    @Test
    void aDescriptionWithoutAFullBuildIdOrTrampolineIsRefused() {
        assertEquals("has no build of 64 hex digits", assertThrows(IllegalArgumentException.class,
                () -> parse("{\"build\": \"abc\", \"stdlib\": \"" + B + "\"}")).getMessage());
        assertEquals("has no stdlib of 64 hex digits", assertThrows(IllegalArgumentException.class,
                () -> parse("{\"build\": \"" + A + "\"}")).getMessage());
        assertEquals("has no trampoline address and value", assertThrows(IllegalArgumentException.class,
                () -> parse("{\"build\": \"" + A + "\", \"stdlib\": \"" + B + "\"}")).getMessage());
    }

    @Test
    void eachSnapshotIsServedFromHereAlsoWhenTheInterpretersAreElsewhere() {
        Map<String, Object> description = Map.of("build", A, "stdlib", B);
        Interpreters cdn = new Interpreters(Map.of("pyodide", List.of("0.9.0", "0.10.0")),
                "https://cdn.example/{name}/{version}/{file}", Map.of("0.10.0", description));
        assertEquals(1, cdn.snapshots().size(), "only the version with a description");
        Map<String, Object> snapshot = cdn.snapshots().get(0);
        assertEquals("https://cdn.example/pyodide/0.10.0/pyodide.mjs", snapshot.get("module"));
        assertEquals("interpreters/pyodide/0.10.0/pyloom-snapshot.bin", snapshot.get("file"));
        assertEquals(A, snapshot.get("build"));
        assertEquals(List.of(), new Interpreters(Map.of("pyodide", List.of("0.10.0"))).snapshots());
    }
}
