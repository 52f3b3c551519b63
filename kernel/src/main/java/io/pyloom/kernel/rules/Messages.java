package io.pyloom.kernel.rules;

/** The words of the rules' messages, shared by the browser and {@code pyloom.jar check}. */
public final class Messages {

    /** A bad config (PyScript's code for it). */
    public static final String BAD_CONFIG = "(PY1000): ";
    /** Configs that contradict each other, or a tag that contradicts itself. */
    public static final String CONFLICT = "(PY0409): ";

    private Messages() {
    }

    public static String tooManyConfigTags(String type) {
        return CONFLICT + "Too many " + type + "-config";
    }

    public static String configTagAndAttribute(String type) {
        return CONFLICT + "Ambiguous " + type + "-config VS config attribute";
    }

    public static String differentConfigAttributes() {
        return CONFLICT + "Unable to use different configs on main";
    }

    /** @param openingTag the tag as written, such as {@code <script type="py" src="a.py">} */
    public static String srcAndCode(String openingTag) {
        return CONFLICT + "Invalid content: a script with a src attribute must have no code of its own, for " + openingTag;
    }

    public static String invalidUrl(String text) {
        return BAD_CONFIG + "Invalid URL: " + text;
    }

    /** @param where {@code " @ url"} or empty */
    public static String notATable(String where, String kind) {
        return BAD_CONFIG + "Invalid config" + where + ": it must be a table of options, not " + kind;
    }

    public static String invalidShape(String where, String problem) {
        return BAD_CONFIG + "Invalid config" + where + ": " + problem;
    }

    public static String duplicateKey(String where, String path, String key) {
        if (path.equals("files") && key.startsWith("{") && key.endsWith("}")) {
            return BAD_CONFIG + "Duplicated placeholder " + key + " in files";
        }
        return BAD_CONFIG + "Invalid JSON" + where + ": the key \"" + key + "\" appears twice"
                + (path.isEmpty() ? "" : " in " + path);
    }
}
