package io.pyloom.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TomlJsonTest {

    @Test
    void aPyScriptConfigBecomesTheJsonTheKernelReads() {
        String toml = """
                packages = ["arrr", "numberwang>=1.0"]
                answer = 42
                ratio = 0.5
                debug = true

                [files]
                "{FROM}" = "https://example.com"
                "{FROM}/data.csv" = "./data.csv"

                [js_modules.main]
                "https://example.com/lib.js" = "lib"
                """;
        assertEquals("{\"packages\":[\"arrr\",\"numberwang>=1.0\"],\"answer\":42,\"ratio\":0.5,\"debug\":true,"
                + "\"files\":{\"{FROM}\":\"https://example.com\",\"{FROM}/data.csv\":\"./data.csv\"},"
                + "\"js_modules\":{\"main\":{\"https://example.com/lib.js\":\"lib\"}}}", TomlJson.convert(toml));
    }

    @Test
    void datesBecomeIsoText() {
        assertEquals("{\"when\":\"2026-11-22\"}", TomlJson.convert("when = 2026-11-22"));
    }

    @Test
    void invalidTomlIsNamedWithItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TomlJson.convert("a = 1\na = 2\n"));
        assertEquals("a previously defined at line 1, column 1 (line 2, column 1)", e.getMessage());
    }
}
