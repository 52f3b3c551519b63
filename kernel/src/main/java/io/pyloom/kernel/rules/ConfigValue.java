package io.pyloom.kernel.rules;

import java.util.List;

/**
 * A parsed config value, whatever parsed it: a JavaScript value in the browser, a JSON tree on the
 * JVM. The rules read configs only through this, so both places apply the same rules.
 */
public interface ConfigValue {

    /** The kinds JSON and TOML values come in (TOML's dates read as strings). */
    enum Kind {
        NULL, BOOLEAN, NUMBER, STRING, ARRAY, OBJECT
    }

    Kind kind();

    /** An object's value for a key, or null when it has none. */
    ConfigValue get(String key);

    /** An object's keys, in their order. */
    List<String> keys();

    /** An array's items. */
    List<ConfigValue> items();

    /** A string's text. */
    String text();

    /** The value as compact JSON, for messages. */
    String json();
}
