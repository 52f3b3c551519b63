package io.pyloom.it.support;

/** Script tags for the pages the tests write. */
public final class ScriptTag {

    private ScriptTag() {
    }

    /** A {@code <script type="T" ...>} tag with the given code. */
    public static String script(String type, String attributes, String code) {
        return "<script type=\"" + type + "\" " + attributes + ">\n" + code + "</script>\n";
    }
}
