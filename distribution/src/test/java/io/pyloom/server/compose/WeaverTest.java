package io.pyloom.server.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.server.api.ComposeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeaverTest {

    @Test
    void theRuntimeHoldsTheBundlesScriptsThePythonAndStartsMainWithTheBootsData() throws Exception {
        String js = Weaver.runtime("var pyloom$kernel=(()=>({}))();\n", "let Q=1;\nexport{Q as main};\n",
                Map.of("kernel", Map.of("pyscript/__init__.py", "x = '</script>'")));
        assertTrue(js.startsWith("//# allFunctionsCalledOnLoad\nlet pyloom$composed;\nglobalThis.performance?.mark?.(\"pyloom:runtime\");\n"
                + "var pyloom$kernel=(()=>({}))();\nlet Q=1;\n"), js);
        assertTrue(js.contains("<\\/script>"), "no raw </script> in the data: " + js);
        assertTrue(js.endsWith("export function start(boot) {\n  pyloom$composed = Object.assign({ python: "
                + "{\"kernel\":{\"pyscript/__init__.py\":\"x = '<\\/script>'\"}} }, boot);\n  Q([]);\n}\n"), js);
        assertTrue(!js.contains("export{Q as main}"), "main is started by start() only");
    }

    @Test
    void bootIsTheDataThenTheKernelsBootScript() throws Exception {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("plugins", List.of("error"));
        data.put("runtime", "core-k-runtime.js");
        assertEquals("//# allFunctionsCalledOnLoad\nconst pyloom$boot = {\"plugins\":[\"error\"],\"runtime\":\"core-k-runtime.js\"};\nboot();",
                Weaver.boot(data, "boot();"));
    }

    @Test
    void outputWithoutAMainExportIsRefused() {
        ComposeException e = assertThrows(ComposeException.class, () -> Weaver.runtime("", "let a;", Map.of()));
        assertEquals("TeaVM's output has no 'main' export to start", e.getMessage());
    }
}
