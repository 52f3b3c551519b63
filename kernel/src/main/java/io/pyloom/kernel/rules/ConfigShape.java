package io.pyloom.kernel.rules;

import java.util.List;

/**
 * The shapes of the options the kernel reads ({@code interpreter}, {@code plugins},
 * {@code packages}, {@code files}), with their messages; anything else is left to plugins and
 * the page.
 */
public final class ConfigShape {

    private ConfigShape() {
    }

    /**
     * @param where {@code " @ url"} or empty, for the message
     * @throws RuleException when the config is not a table, or an option has the wrong shape
     */
    public static void check(ConfigValue config, String where) throws RuleException {
        if (config.kind() != ConfigValue.Kind.OBJECT) {
            throw new RuleException(Messages.notATable(where, describe(config.kind())));
        }
        String problem = problemOf(config);
        if (problem != null) {
            throw new RuleException(Messages.invalidShape(where, problem));
        }
    }

    /** How a message names a kind: {@code object}, {@code an array}, {@code a string}, {@code null}. */
    public static String describe(ConfigValue.Kind kind) {
        return switch (kind) {
            case NULL -> "null";
            case OBJECT -> "object";
            case ARRAY -> "an array";
            default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String problemOf(ConfigValue config) {
        ConfigValue interpreter = config.get("interpreter");
        if (interpreter != null && interpreter.kind() != ConfigValue.Kind.STRING) {
            return "interpreter must be a version or the URL of an interpreter module (a string), not " + interpreter.json();
        }
        for (String list : List.of("plugins", "packages")) {
            ConfigValue value = config.get(list);
            if (value == null) {
                continue;
            }
            if (value.kind() != ConfigValue.Kind.ARRAY) {
                return list + " must be a list of names, not " + value.json();
            }
            List<ConfigValue> items = value.items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).kind() != ConfigValue.Kind.STRING) {
                    return list + "[" + i + "] must be a name (a string), not " + items.get(i).json();
                }
            }
        }
        String pyscriptKey = pyscriptKeyProblem(config);
        if (pyscriptKey != null) {
            return pyscriptKey;
        }
        ConfigValue files = config.get("files");
        if (files != null) {
            if (files.kind() != ConfigValue.Kind.OBJECT) {
                return "files must be a table of URL = destination path, not " + files.json();
            }
            for (String url : files.keys()) {
                ConfigValue destination = files.get(url);
                if (destination.kind() != ConfigValue.Kind.STRING) {
                    return "the destination of files[" + Json.quote(url) + "] must be a path (a string), not "
                            + destination.json();
                }
            }
        }
        return null;
    }

    /** PyScript's own keys, which it reads without a word when they are wrong. */
    private static String pyscriptKeyProblem(ConfigValue config) {
        ConfigValue syncMainOnly = config.get("sync_main_only");
        if (syncMainOnly != null && syncMainOnly.kind() != ConfigValue.Kind.BOOLEAN) {
            return "sync_main_only must be true or false, not " + syncMainOnly.json();
        }
        ConfigValue timeout = config.get("experimental_ffi_timeout");
        if (timeout != null && timeout.kind() != ConfigValue.Kind.NUMBER) {
            return "experimental_ffi_timeout must be a number of milliseconds, not " + timeout.json();
        }
        ConfigValue createProxy = config.get("experimental_create_proxy");
        if (createProxy != null && createProxy.kind() != ConfigValue.Kind.STRING) {
            return "experimental_create_proxy must be \"auto\" (or left out), not " + createProxy.json();
        }
        ConfigValue cache = config.get("packages_cache");
        if (cache != null && !(cache.kind() == ConfigValue.Kind.STRING
                && List.of("all", "never", "passthrough").contains(cache.text()))) {
            return "packages_cache must be \"all\", \"never\" or \"passthrough\", not " + cache.json();
        }
        return null;
    }
}
