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
    void dataComesFirstAndMainIsCalledLast() throws Exception {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("plugins", List.of("error"));
        data.put("python", Map.of("kernel", Map.of("pyscript/__init__.py", "x = '</script>'")));
        String js = Weaver.weave("let Q=1;\nexport{Q as main};\n", data);
        assertTrue(js.startsWith("const pyloom$composed = Object.assign({\"plugins\":[\"error\"],"), js);
        assertTrue(js.contains("<\\/script>"), "no raw </script> in the data: " + js);
        assertTrue(js.endsWith("export{Q as main};\nQ([]);\n"), js);
    }

    @Test
    void outputWithoutAMainExportIsRefused() {
        ComposeException e = assertThrows(ComposeException.class, () -> Weaver.weave("let a;", Map.of()));
        assertEquals("TeaVM's output has no 'main' export to start", e.getMessage());
    }
}
