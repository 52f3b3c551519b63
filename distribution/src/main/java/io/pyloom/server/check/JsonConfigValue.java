package io.pyloom.server.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyloom.kernel.rules.ConfigValue;
import java.util.ArrayList;
import java.util.List;

/** A config parsed on the JVM (Jackson; TOML converted to JSON first), as the kernel's rules read it. */
final class JsonConfigValue implements ConfigValue {

    private final JsonNode node;

    JsonConfigValue(JsonNode node) {
        this.node = node;
    }

    @Override
    public Kind kind() {
        return switch (node.getNodeType()) {
            case NULL, MISSING -> Kind.NULL;
            case BOOLEAN -> Kind.BOOLEAN;
            case NUMBER -> Kind.NUMBER;
            case ARRAY -> Kind.ARRAY;
            case OBJECT, POJO -> Kind.OBJECT;
            default -> Kind.STRING;
        };
    }

    @Override
    public ConfigValue get(String key) {
        JsonNode value = node.get(key);
        return value == null ? null : new JsonConfigValue(value);
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Override
    public List<ConfigValue> items() {
        List<ConfigValue> items = new ArrayList<>();
        node.forEach(item -> items.add(new JsonConfigValue(item)));
        return items;
    }

    @Override
    public String text() {
        return node.asText();
    }

    @Override
    public String json() {
        return node.toString();
    }
}
