package io.pyloom.kernel;

import io.pyloom.kernel.rules.Messages;

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

    /** {@code <script type="T">} or {@code <T-script>}. */
    static ScriptTag of(HTMLElement element) {
        return new ScriptTag(element, Discovery.typeOf(element), !"script".equalsIgnoreCase(element.getTagName()));
    }

    boolean wantsWorker() {
        return Js.hasAttribute(element, "worker");
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

    /** {@code async="false"} runs the code synchronously; scripts are async by default. */
    boolean isSync() {
        return "false".equals(element.getAttribute("async"));
    }

    /** Whether the tag holds code of its own (not just whitespace). */
    boolean hasInlineCode() {
        String text = element.getTextContent();
        return text != null && !text.trim().isEmpty();
    }

    /** PyScript's error for a tag with both a src and code of its own, or null when it has not both. */
    String contentConflict() {
        if (src() == null || !hasInlineCode()) {
            return null;
        }
        return Messages.srcAndCode(Js.openingTag(element));
    }

    String inlineCode() {
        return Dedent.dedent(element.getTextContent() == null ? "" : element.getTextContent());
    }
}
