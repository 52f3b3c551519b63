package io.pyloom.kernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** A page's configuration for one interpreter type: the parsed object and the URL it came from. */
final class PageConfig {

    private final String type;
    private final JSObject value;
    private final String url;

    /** @param value a plain object (validated); {@code url} is where relative URLs in it resolve */
    PageConfig(String type, JSObject value, String url) {
        this.type = type;
        this.value = value;
        this.url = url;
    }

    static PageConfig none(String type) {
        return new PageConfig(type, emptyObject(), Js.documentBase());
    }

    String url() {
        return url;
    }

    JSObject value() {
        return value;
    }

    /** The plugins the page turns off with {@code "!name"}. */
    Set<String> disabledPlugins() {
        Set<String> names = new HashSet<>();
        for (String entry : stringList(value, "plugins")) {
            if (entry.startsWith("!")) {
                names.add(entry.substring(1));
            }
        }
        return names;
    }

    /** The {@code files} entries, in their order: {key, value} pairs. */
    List<String[]> files() {
        List<String[]> entries = new ArrayList<>();
        String[] keys = fileKeys(value);
        for (String key : keys) {
            entries.add(new String[] { key, fileValue(value, key) });
        }
        return entries;
    }

    /** The {@code packages} requirements. */
    List<String> packages() {
        List<String> list = new ArrayList<>();
        for (String entry : stringList(value, "packages")) {
            list.add(entry);
        }
        return list;
    }

    /** The {@code interpreter} option: a version or a module URL; null when absent. */
    String interpreter() {
        return stringField(value, "interpreter");
    }

    /** The config as Python sees it ({@code pyscript.config}): a JSON text, {@code type} set. */
    String toJson() {
        return withType(value, type);
    }

    @JSBody(params = "config", script = "return Object.keys(config.files || {});")
    private static native String[] fileKeys(JSObject config);

    @JSBody(params = { "config", "key" }, script = "return config.files[key];")
    private static native String fileValue(JSObject config, String key);

    @JSBody(script = "return {};")
    private static native JSObject emptyObject();

    @JSBody(params = { "config", "key" }, script = "var v = config[key]; return Array.isArray(v) ? v : [];")
    private static native String[] stringList(JSObject config, String key);

    @JSBody(params = { "config", "key" }, script = "var v = config[key]; return typeof v === 'string' ? v : null;")
    private static native String stringField(JSObject config, String key);

    @JSBody(params = { "config", "type" }, script = "return JSON.stringify(Object.assign({}, config, { type: type }));")
    private static native String withType(JSObject config, String type);
}
