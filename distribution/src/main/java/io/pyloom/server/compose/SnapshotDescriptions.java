package io.pyloom.server.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What each hosted Pyodide snapshot was made from (the build writes pyloom-snapshot.json beside
 * it): core.js starts a Pyodide from a snapshot only when its build id and standard library match.
 */
public final class SnapshotDescriptions {

    /** The description the build writes beside each snapshot. */
    static final String FILE = "pyloom-snapshot.json";

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(SnapshotDescriptions.class.getName());

    private SnapshotDescriptions() {
    }

    /**
     * Pyodide version to its snapshot's description (build, stdlib, trampoline), for each version
     * that has a well-formed one; a version without is logged and started afresh by pages.
     */
    public static Map<String, Map<String, Object>> in(org.osgi.framework.Bundle bundle, Map<String, List<String>> versions) {
        Map<String, Map<String, Object>> descriptions = new TreeMap<>();
        for (String version : versions.getOrDefault("pyodide", List.of())) {
            String name = "interpreters/pyodide/" + version + "/" + FILE;
            URL entry = bundle.getEntry(name);
            if (entry == null) {
                continue;
            }
            try (InputStream in = entry.openStream()) {
                descriptions.put(version, parse(JSON.readTree(in)));
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Pyodide " + version + " starts without its snapshot: " + name
                        + " " + e.getMessage());
            }
        }
        return descriptions;
    }

    /** The fields core.js checks, each checked here first. */
    static Map<String, Object> parse(JsonNode json) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("build", hex(json, "build"));
        description.put("stdlib", hex(json, "stdlib"));
        JsonNode trampoline = json.path("trampoline");
        if (!trampoline.path("address").canConvertToLong() || !trampoline.path("value").canConvertToInt()) {
            throw new IllegalArgumentException("has no trampoline address and value");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("address", trampoline.get("address").asLong());
        fields.put("value", trampoline.get("value").asInt());
        if (trampoline.get("value").asInt() != 0) {
            // the WebAssembly trampoline's module, which core.js tries on its engine before using it
            String probe = trampoline.path("probe").asText("");
            if (probe.isEmpty()) {
                throw new IllegalArgumentException("names a WebAssembly trampoline but has no probe module");
            }
            fields.put("probe", probe);
        }
        description.put("trampoline", fields);
        return description;
    }

    private static String hex(JsonNode json, String field) {
        String value = json.path(field).asText("");
        if (!SHA256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("has no " + field + " of 64 hex digits");
        }
        return value;
    }
}
