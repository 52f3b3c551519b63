package io.pyloom.kernel;

import io.pyloom.kernel.rules.Messages;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/**
 * Turns a config value into a {@link PageConfig}: inline JSON, inline TOML, or the URL of a
 * {@code .json} or {@code .toml} file. JSON is parsed natively. A TOML file is asked of the server
 * as JSON (the Pyloom server converts it); when that does not happen (inline TOML, static hosting)
 * the TOML parser module is imported, and only then, so JSON pages never load it.
 */
final class ConfigText {

    static final String BAD_CONFIG = Messages.BAD_CONFIG;

    private ConfigText() {
    }

    static PageConfig parse(String type, String text, String forcedType) throws KernelError {
        String trimmed = text == null ? "" : text.trim();
        boolean json = trimmed.startsWith("{") && trimmed.endsWith("}");
        boolean toml = false;
        String url = null;
        if (!json) {
            String extension = urlExtension(trimmed);
            if (extension != null) {
                if (extension.equals("json") && !"toml".equals(forcedType)) {
                    json = true;
                } else if (extension.equals("toml") && !"json".equals(forcedType)) {
                    toml = true;
                } else {
                    throw new KernelError(Messages.invalidUrl(trimmed)
                            + (forcedType == null ? "" : "\nexpected " + forcedType + " content"));
                }
                url = Js.resolve(Js.documentBase(), trimmed);
                Promises.Outcome outcome = Promises.settle(fetchConfig(url)).await();
                if (!outcome.isOk()) {
                    throw new KernelError(BAD_CONFIG + "Failed to fetch the config " + url + ": "
                            + Js.errorMessage(outcome.getError()));
                }
                Fetched fetched = (Fetched) outcome.getValue();
                if (!fetched.isOk()) {
                    throw new KernelError(fetched.getStatus() == 422
                            ? BAD_CONFIG + "Invalid TOML @ " + url + "\n" + fetched.getText().trim()
                            : BAD_CONFIG + "Failed to fetch the config " + url + ": HTTP " + fetched.getStatus());
                }
                trimmed = fetched.getText().trim();
                // The server turned it into JSON, or `assemble` did: TOML text never starts with "{".
                if (toml && (fetched.isJson() || trimmed.startsWith("{"))) {
                    toml = false;
                    json = true;
                }
            }
        }
        if ("json".equals(forcedType)) {
            json = true;
        } else if ("toml".equals(forcedType)) {
            toml = !json || url == null;
            json = !toml;
        }
        if (trimmed.isEmpty()) {
            return PageConfig.none(type);
        }
        if (!json) {
            toml = true;
        }
        String where = url == null ? "" : " @ " + url;
        Parsed parsed = toml ? parseToml(trimmed, where) : parseJson(trimmed);
        if (!parsed.isOk()) {
            throw new KernelError(BAD_CONFIG + "Invalid " + (toml ? "TOML" : "JSON") + where + "\n" + parsed.getMessage());
        }
        if (!toml) {
            refuseDuplicateKeys(trimmed, where);
        }
        String kind = kindOf(parsed.getValue());
        if (!kind.equals("object")) {
            throw new KernelError(Messages.notATable(where, kind));
        }
        ConfigValidation.check(parsed.getValue(), where);
        return new PageConfig(type, parsed.getValue(), url != null ? url : Js.documentBase());
    }

    /**
     * JSON.parse keeps the last of two equal keys and says nothing: a duplicated placeholder in
     * files, or any other repeated key, would silently lose a value. TOML parsers refuse them.
     */
    private static void refuseDuplicateKeys(String json, String where) throws KernelError {
        String[] duplicate = duplicateKey(json);
        if (duplicate == null) {
            return;
        }
        throw new KernelError(Messages.duplicateKey(where, duplicate[0], duplicate[1]));
    }

    private static Parsed parseToml(String text, String where) throws KernelError {
        String module = Composition.tomlModuleUrl();
        if (module == null) {
            throw new KernelError(BAD_CONFIG + "Cannot read TOML" + where + ": this core.js has no TOML parser; "
                    + "use JSON");
        }
        Promises.Outcome outcome = Promises.settle(importToml(module, text)).await();
        if (!outcome.isOk()) {
            throw new KernelError(BAD_CONFIG + "Cannot load the TOML parser " + module + ": "
                    + Js.errorMessage(outcome.getError()));
        }
        return (Parsed) outcome.getValue();
    }

    /** The extension of a config value that looks like a file URL ({@code x.toml}, {@code a/b.json?v=1}). */
    @JSBody(params = "text", script = "var m = /\\.(\\w+)(?:\\?\\S*)?$/.exec(text); return m && !/\\s/.test(text) ? m[1] : null;")
    private static native String urlExtension(String text);

    interface Fetched extends JSObject {
        @JSProperty("ok")
        boolean isOk();

        @JSProperty
        int getStatus();

        @JSProperty
        String getText();

        @JSProperty("json")
        boolean isJson();
    }

    interface Parsed extends JSObject {
        @JSProperty("ok")
        boolean isOk();

        @JSProperty
        JSObject getValue();

        @JSProperty
        String getMessage();
    }

    /**
     * Asks for JSON first: the Pyloom server answers a TOML file with its JSON form. core.js may
     * have asked already, to learn the interpreter early: that answer is taken, once.
     */
    @JSBody(params = "url", script = "var early = pyloom$composed.configs && pyloom$composed.configs[url];"
            + "if (early) { delete pyloom$composed.configs[url]; return early; }"
            + "return fetch(url, { headers: { Accept: 'application/json, application/toml;q=0.9, */*;q=0.1' } })"
            + ".then(function (r) { return r.text().then(function (t) { return { ok: r.ok, status: r.status, text: t,"
            + " json: (r.headers.get('Content-Type') || '').indexOf('application/json') === 0 }; }); });")
    private static native JSPromise<Fetched> fetchConfig(String url);

    @JSBody(params = "text", script = "try { return { ok: true, value: JSON.parse(text) }; }"
            + " catch (e) { return { ok: false, message: e.message }; }")
    private static native Parsed parseJson(String text);

    @JSBody(params = { "module", "text" }, script = "return import(module).then(function (m) {"
            + " try { return { ok: true, value: m.parse(text) }; } catch (e) { return { ok: false, message: e.message }; } });")
    private static native JSPromise<Parsed> importToml(String module, String text);

    /** The first repeated key of valid JSON as [path, key] (path: the keys above it, dotted), or null. */
    @JSBody(params = "text", script = "var stack = [], i = 0, n = text.length;"
            + "while (i < n) { var c = text.charAt(i);"
            + "  if (c === '\"') { var j = i + 1; while (text.charAt(j) !== '\"') j += text.charAt(j) === '\\\\' ? 2 : 1;"
            + "    var s = JSON.parse(text.slice(i, j + 1)), k = j + 1;"
            + "    while (/\\s/.test(text.charAt(k))) k++;"
            + "    var top = stack[stack.length - 1];"
            + "    if (text.charAt(k) === ':' && top && top.keys) {"
            + "      if (top.keys.has(s)) return [top.path, s]; top.keys.add(s); top.last = s; }"
            + "    i = j + 1; continue; }"
            + "  if (c === '{' || c === '[') { var parent = stack[stack.length - 1], name = '';"
            + "    if (parent) name = parent.keys ? (parent.path ? parent.path + '.' : '') + parent.last : parent.path;"
            + "    stack.push({ keys: c === '{' ? new Set() : null, path: name, last: null }); }"
            + "  else if (c === '}' || c === ']') stack.pop();"
            + "  i++; }"
            + "return null;")
    private static native String[] duplicateKey(String text);

    @JSBody(params = "value", script = "if (value === null) return 'null'; if (Array.isArray(value)) return 'an array';"
            + " if (typeof value === 'object') return 'object'; return 'a ' + typeof value;")
    static native String kindOf(JSObject value);
}
