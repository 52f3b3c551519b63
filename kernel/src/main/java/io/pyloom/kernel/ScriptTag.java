package io.pyloom.kernel;

import org.teavm.jso.dom.html.HTMLElement;

/** A tag holding Python for the main thread: {@code <script type="py|mpy">} or {@code <py-script>}. */
final class ScriptTag {

    private final HTMLElement element;
    private final String type;
    private final boolean customElement;

    ScriptTag(HTMLElement element, String type, boolean customElement) {
        this.element = element;
        this.type = type;
        this.customElement = customElement;
    }

    HTMLElement element() {
        return element;
    }

    String type() {
        return type;
    }

    /** {@code <py-script>} and {@code <mpy-script>} are their own output target. */
    boolean isOwnTarget() {
        return customElement;
    }

    String src() {
        String src = element.getAttribute("src");
        return src == null || src.isEmpty() ? null : src;
    }

    String inlineCode() {
        return Dedent.dedent(element.getTextContent() == null ? "" : element.getTextContent());
    }
}
