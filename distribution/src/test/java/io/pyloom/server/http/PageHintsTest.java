package io.pyloom.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pyloom.server.compose.Interpreters;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageHintsTest {

    private static final URI PAGE = URI.create("http://" + PageHints.THIS_SERVER + "/apps/page.html");
    private static final String CORE = "<script type=\"module\" src=\"/pyloom/core.js\"></script>";
    private static final String MPY = "</pyloom/interpreters/micropython/1.27.0/micropython.mjs>; rel=modulepreload";
    private static final String PY = "</pyloom/interpreters/pyodide/314.0.7/pyodide.mjs>; rel=modulepreload";

    private final PageHints hints = new PageHints(new Interpreters(Map.of(
            "micropython", List.of("1.26.0", "1.27.0"), "pyodide", List.of("314.0.7"))));

    private List<String> linksOf(String head, String body) {
        return hints.links("<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>", PAGE);
    }

    @Test
    void aPageWithoutConfigGetsEachDefaultInterpreter() {
        assertEquals(List.of(MPY, PY), linksOf(CORE, "<script type=\"mpy\">x = 1</script><py-script>x = 1</py-script>"));
    }

    @Test
    void aHostedVersionOrAModuleUrlIsTheOneHinted() {
        assertEquals(List.of("</pyloom/interpreters/micropython/1.26.0/micropython.mjs>; rel=modulepreload"),
                linksOf(CORE, "<script type=\"mpy\" config='{\"interpreter\": \"1.26.0\"}'>x = 1</script>"));
        assertEquals(List.of("</lib/mpy/micropython.mjs>; rel=modulepreload"),
                linksOf("<base href=\"/lib/\">" + CORE, "<script type=\"mpy\" config='{\"interpreter\": \"mpy/micropython.mjs\"}'></script>"));
        assertEquals(List.of("<https://example.org/micropython.mjs>; rel=modulepreload"),
                linksOf(CORE, "<script type=\"mpy\" config='{\"interpreter\": \"https://example.org/micropython.mjs\"}'></script>"));
    }

    @Test
    void aTomlConfigTagIsRead() {
        assertEquals(List.of("</pyloom/interpreters/micropython/1.26.0/micropython.mjs>; rel=modulepreload"),
                linksOf(CORE, "<mpy-config>\ninterpreter = \"1.26.0\"\n[files]\n</mpy-config><script type=\"mpy\"></script>"));
    }

    @Test
    void aPinnedCoreUnderAPathCounts() {
        assertEquals(List.of("</portal/pyloom/interpreters/micropython/1.27.0/micropython.mjs>; rel=modulepreload"),
                linksOf("<script type=\"module\" src=\"/portal/pyloom/core-0123abcd.js\"></script>",
                        "<script type=\"mpy\"></script>"));
    }

    @Test
    void nothingIsHintedWhenThePageIsNotSureOrNotOurs() {
        String mpy = "<script type=\"mpy\">x = 1</script>";
        assertEquals(List.of(), linksOf("<script type=\"module\" src=\"/pyscript/core.js\"></script>", mpy), "not Pyloom");
        assertEquals(List.of(), linksOf(CORE, "<script type=\"mpy\" config=\"conf.json\"></script>"), "a config file");
        assertEquals(List.of(), linksOf(CORE, "<mpy-config src=\"conf.toml\"></mpy-config>" + mpy), "a config file");
        assertEquals(List.of(), linksOf(CORE, "<script type=\"mpy\" config='{\"interpreter\": '></script>"), "bad JSON");
        assertEquals(List.of(), linksOf(CORE, "<mpy-config>interpreter = </mpy-config>" + mpy), "bad TOML");
        assertEquals(List.of(), linksOf(CORE, "<mpy-config>{}</mpy-config><mpy-config>{}</mpy-config>" + mpy), "two configs");
        assertEquals(List.of(), linksOf(CORE, "<script type=\"mpy\" config='{\"interpreter\": \"9.9.9\"}'></script>"),
                "not hosted");
        assertEquals(List.of(), linksOf(CORE, "<script type=\"mpy\" config='{\"interpreter\": 1}'></script>"), "not text");
        assertEquals(List.of(), linksOf(CORE, "<script type=\"mpy\" worker>x = 1</script>"), "a worker's own");
        assertEquals(List.of(), linksOf(CORE, ""), "no scripts");
    }
}
