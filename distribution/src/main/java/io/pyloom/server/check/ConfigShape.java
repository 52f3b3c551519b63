package io.pyloom.server.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The shapes of the options the kernel reads (ConfigValidation in the browser), on a JSON tree. */
final class ConfigShape {

    private ConfigShape() {
    }

    /** What is wrong with the config's shape, in the kernel's words, or null. */
    static String problemOf(JsonNode config) {
        JsonNode interpreter = config.get("interpreter");
        if (interpreter != null && !interpreter.isTextual()) {
            return "interpreter must be a version or the URL of an interpreter module (a string), not " + interpreter;
        }
        for (String list : new String[] { "plugins", "packages" }) {
            JsonNode value = config.get(list);
            if (value == null) {
                continue;
            }
            if (!value.isArray()) {
                return list + " must be a list of names, not " + value;
            }
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    return list + "[" + i + "] must be a name (a string), not " + value.get(i);
                }
            }
        }
        JsonNode files = config.get("files");
        if (files != null) {
            if (!files.isObject()) {
                return "files must be a table of URL = destination path, not " + files;
            }
            for (Map.Entry<String, JsonNode> entry : files.properties()) {
                if (!entry.getValue().isTextual()) {
                    return "the destination of files[" + new com.fasterxml.jackson.databind.node.TextNode(entry.getKey())
                            + "] must be a path (a string), not " + entry.getValue();
                }
            }
        }
        return null;
    }
}
