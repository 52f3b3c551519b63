package io.pyloom.server.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.kernel.rules.ConfigShape;
import io.pyloom.kernel.rules.RuleException;
import org.junit.jupiter.api.Test;

/** The kernel's shape rules on configs Jackson parsed: the messages `check` prints. */
class ConfigShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String problem(String json) throws Exception {
        JsonConfigValue config = new JsonConfigValue(JSON.readTree(json));
        return assertThrows(RuleException.class, () -> ConfigShape.check(config, " @ ./c.json")).getMessage();
    }

    @Test
    void aGoodConfigPasses() throws Exception {
        ConfigShape.check(new JsonConfigValue(JSON.readTree(
                "{\"interpreter\": \"1.27.0\", \"plugins\": [\"!error\"], \"packages\": [], \"files\": {\"a.py\": \"\"},"
                        + " \"other\": {\"anything\": [1, null]}}")), "");
    }

    @Test
    void aConfigMustBeATable() throws Exception {
        assertEquals("(PY1000): Invalid config @ ./c.json: it must be a table of options, not an array", problem("[1]"));
        assertEquals("(PY1000): Invalid config @ ./c.json: it must be a table of options, not a string", problem("\"x\""));
        assertEquals("(PY1000): Invalid config @ ./c.json: it must be a table of options, not null", problem("null"));
    }

    @Test
    void eachOptionTheKernelReadsHasItsShape() throws Exception {
        assertEquals("(PY1000): Invalid config @ ./c.json: interpreter must be a version or the URL of an interpreter"
                + " module (a string), not 3", problem("{\"interpreter\": 3}"));
        assertEquals("(PY1000): Invalid config @ ./c.json: plugins must be a list of names, not \"error\"",
                problem("{\"plugins\": \"error\"}"));
        assertEquals("(PY1000): Invalid config @ ./c.json: packages[1] must be a name (a string), not {\"a\":1}",
                problem("{\"packages\": [\"numpy\", {\"a\": 1}]}"));
        assertEquals("(PY1000): Invalid config @ ./c.json: files must be a table of URL = destination path, not [\"a\"]",
                problem("{\"files\": [\"a\"]}"));
        assertEquals("(PY1000): Invalid config @ ./c.json: the destination of files[\"a\\\"b.py\"] must be a path"
                + " (a string), not null", problem("{\"files\": {\"a\\\"b.py\": null}}"));
    }

    @Test
    void pyscriptsOwnKeysHaveTheirShapes() throws Exception {
        ConfigShape.check(new JsonConfigValue(JSON.readTree("{\"sync_main_only\": true, \"experimental_ffi_timeout\": 0,"
                + " \"experimental_create_proxy\": \"auto\", \"packages_cache\": \"never\"}")), "");
        assertEquals("(PY1000): Invalid config @ ./c.json: sync_main_only must be true or false, not \"yes\"",
                problem("{\"sync_main_only\": \"yes\"}"));
        assertEquals("(PY1000): Invalid config @ ./c.json: experimental_ffi_timeout must be a number of milliseconds,"
                + " not \"0\"", problem("{\"experimental_ffi_timeout\": \"0\"}"));
        assertEquals("(PY1000): Invalid config @ ./c.json: experimental_create_proxy must be \"auto\" (or left out),"
                + " not true", problem("{\"experimental_create_proxy\": true}"));
        assertEquals("(PY1000): Invalid config @ ./c.json: packages_cache must be \"all\", \"never\" or"
                + " \"passthrough\", not \"sometimes\"", problem("{\"packages_cache\": \"sometimes\"}"));
    }
}
