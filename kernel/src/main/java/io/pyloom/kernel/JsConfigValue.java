package io.pyloom.kernel;

import io.pyloom.kernel.rules.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;

/** A config value parsed in the browser (JSON.parse or the TOML parser), as the rules read it. */
final class JsConfigValue implements ConfigValue {

    private final JSObject value;

    JsConfigValue(JSObject value) {
        this.value = value;
    }

    @Override
    public Kind kind() {
        // No Enum.valueOf: it would pull reflection into the runtime.
        return switch (Scripts.config().valueKind(value)) {
            case "NULL" -> Kind.NULL;
            case "BOOLEAN" -> Kind.BOOLEAN;
            case "NUMBER" -> Kind.NUMBER;
            case "STRING" -> Kind.STRING;
            case "ARRAY" -> Kind.ARRAY;
            default -> Kind.OBJECT;
        };
    }

    @Override
    public ConfigValue get(String key) {
        return Scripts.config().hasKey(value, key) ? new JsConfigValue(Scripts.config().valueAt(value, key)) : null;
    }

    @Override
    public List<String> keys() {
        return List.of(Scripts.config().keysOf(value));
    }

    @Override
    public List<ConfigValue> items() {
        JSArray<JSObject> items = Scripts.config().itemsOf(value);
        List<ConfigValue> list = new ArrayList<>(items.getLength());
        for (int i = 0; i < items.getLength(); i++) {
            list.add(new JsConfigValue(items.get(i)));
        }
        return list;
    }

    @Override
    public String text() {
        return Scripts.config().textOf(value);
    }

    @Override
    public String json() {
        return Scripts.config().jsonOf(value);
    }
}
