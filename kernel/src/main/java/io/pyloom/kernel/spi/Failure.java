package io.pyloom.kernel.spi;

import org.teavm.jso.dom.html.HTMLElement;

/** A failure to show: what went wrong, and the tag it belongs to (null when none does). */
public final class Failure {

    private final String type;
    private final String message;
    private final HTMLElement element;

    public Failure(String type, String message, HTMLElement element) {
        this.type = type;
        this.message = message;
        this.element = element;
    }

    /** {@code "py"}, {@code "mpy"}, or the empty string when no interpreter is concerned. */
    public String type() {
        return type;
    }

    public String message() {
        return message;
    }

    public HTMLElement element() {
        return element;
    }
}
