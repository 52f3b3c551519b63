package io.pyloom.kernel;

import io.pyloom.kernel.rules.ConfigShape;
import io.pyloom.kernel.rules.Messages;
import io.pyloom.kernel.rules.RuleException;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

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
        return parse(type, text, forcedType, null);
    }

    /** @param parser the page's {@code config-parser} module URL for TOML, or null for Pyloom's own */
    static PageConfig parse(String type, String text, String forcedType, String parser) throws KernelError {
        String trimmed = text == null ? "" : text.trim();
        boolean json = trimmed.startsWith("{") && trimmed.endsWith("}");
        boolean toml = false;
        String url = null;
        if (!json) {
            String extension = Scripts.config().urlExtension(trimmed);
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
                Promises.Outcome outcome = Promises.settle(Scripts.config().fetchConfig(url, Composition.earlyConfigs())).await();
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
        Parsed parsed = toml ? parseToml(trimmed, where, parser) : Scripts.config().parseJson(trimmed);
        if (!parsed.isOk()) {
            throw new KernelError(BAD_CONFIG + "Invalid " + (toml ? "TOML" : "JSON") + where + "\n" + parsed.getMessage());
        }
        if (!toml) {
            refuseDuplicateKeys(trimmed, where);
        }
        try {
            ConfigShape.check(new JsConfigValue(parsed.getValue()), where);
        } catch (RuleException e) {
            throw new KernelError(e.getMessage());
        }
        return new PageConfig(type, parsed.getValue(), url != null ? url : Js.documentBase());
    }

    /**
     * JSON.parse keeps the last of two equal keys and says nothing: a duplicated placeholder in
     * files, or any other repeated key, would silently lose a value. TOML parsers refuse them.
     */
    private static void refuseDuplicateKeys(String json, String where) throws KernelError {
        String[] duplicate = Scripts.config().duplicateKey(json);
        if (duplicate == null) {
            return;
        }
        throw new KernelError(Messages.duplicateKey(where, duplicate[0], duplicate[1]));
    }

    private static Parsed parseToml(String text, String where, String parser) throws KernelError {
        String module = Composition.tomlModuleUrl();
        if (module == null && parser == null) {
            throw new KernelError(BAD_CONFIG + "Cannot read TOML" + where + ": this core.js has no TOML parser; "
                    + "use JSON");
        }
        Promises.Outcome outcome = Promises.settle(Scripts.config().parseToml(module, text, parser)).await();
        if (!outcome.isOk()) {
            throw new KernelError(BAD_CONFIG + "Cannot load the TOML parser " + (module == null ? parser : module) + ": "
                    + Js.errorMessage(outcome.getError()));
        }
        return (Parsed) outcome.getValue();
    }

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
}
