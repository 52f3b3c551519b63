package io.pyloom.server.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard as Configuration Admin calls it, once per component that reads the settings. */
class SettingsGuardTest {

    private final SettingsGuard guard = new SettingsGuard();

    private Hashtable<String, Object> deliver(Object... pairs) {
        Hashtable<String, Object> properties = new Hashtable<>();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.put((String) pairs[i], pairs[i + 1]);
        }
        guard.modifyConfiguration(null, properties);
        return properties;
    }

    @Test
    void goodValuesPassUnchanged(@TempDir Path apps) {
        var delivered = deliver("port", 8080, "path", "/portal/python", "apps", apps.toString(),
                "headers", new String[] { "Referrer-Policy: same-origin", "X-Frame-Options:" },
                "interpreters", "https://cdn.example/{name}/{version}/{file}");
        assertEquals(8080, delivered.get("port"));
        assertEquals("/portal/python", delivered.get("path"));
        assertArrayEquals(new String[] { "Referrer-Policy: same-origin", "X-Frame-Options:" }, (String[]) delivered.get("headers"));
    }

    @Test
    void aBadValueGivesWayToTheLastGoodOne() {
        deliver("path", "/portal/python", "port", "8080");
        var delivered = deliver("path", "portal python", "port", "eighty");
        assertEquals("/portal/python", delivered.get("path"));
        assertEquals("8080", delivered.get("port"));
    }

    @Test
    void aBadValueWithNoGoodOneBeforeItLeavesTheDefault() {
        var delivered = deliver("path", "no/leading/slash", "port", 70000, "apps", "/no/such/folder",
                "interpreters", "https://cdn.example/without-the-file");
        assertNull(delivered.get("path"));
        assertNull(delivered.get("port"));
        assertNull(delivered.get("apps"));
        assertNull(delivered.get("interpreters"));
    }

    @Test
    void oneBadHeaderRefusesTheWholeListAndKeepsTheLastGoodList() {
        deliver("headers", List.of("Referrer-Policy: same-origin"));
        var delivered = deliver("headers", new String[] { "X-Ok: 1", "Bad Header: 2" });
        assertEquals(List.of("Referrer-Policy: same-origin"), delivered.get("headers"));
    }

    @Test
    void portZeroLeavesTheHttpServiceAloneAndEmptyFoldersAreNone() {
        var delivered = deliver("port", 0, "apps", "", "wheels", "", "interpreters", "");
        assertEquals(0, delivered.get("port"));
        assertEquals("", delivered.get("apps"));
    }

    @Test
    void aBlankPathIsTheRootAndSpacesAroundAPathAreNoMistake() {
        assertEquals("", deliver("path", "").get("path"));
        assertEquals(" /portal/python/ ", deliver("path", " /portal/python/ ").get("path"));
    }

    @Test
    void theCommandLineAndTheGuardShareOneMessage() {
        BadSettingException refused = org.junit.jupiter.api.Assertions.assertThrows(BadSettingException.class,
                () -> SettingRules.path("portal"));
        assertEquals("needs a path like /portal/python, not 'portal'", refused.getMessage());
    }
}
