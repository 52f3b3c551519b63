package io.pyloom.kernel;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * The element each script's {@code display()} writes into, as PyScript makes it: a
 * {@code <script-py>} (for both types) after the script, or at the end of the body for a script in
 * the head, with the ids {@code py-0}, {@code mpy-0}... counted per type.
 */
final class Targets {

    private int next;
    private final String type;

    Targets(String type) {
        this.type = type;
    }

    /** Returns the id of the script's output element, creating the element when the page has none. */
    String targetOf(ScriptTag tag) {
        HTMLElement element = tag.element();
        String named = element.getAttribute("target");
        if (named != null && !named.isEmpty()) {
            return idOf(named);
        }
        String id = type + "-" + next++;
        if (tag.isOwnTarget()) {
            if (element.getId() == null || element.getId().isEmpty()) {
                element.setId(id);
            }
            return element.getId();
        }
        return insertAfter(element, id);
    }

    /** {@code target} is an id or a CSS selector; a matched element without id gets one. */
    private String idOf(String target) {
        String id = existingId(target, type + "-" + next);
        if (id == null) {
            return target.startsWith("#") ? target.substring(1) : target;
        }
        if (id.equals(type + "-" + next)) {
            next++;
        }
        return id;
    }

    private static String existingId(String target, String fresh) {
        return Scripts.page().existingId(target, fresh);
    }

    private static String insertAfter(HTMLElement script, String id) {
        return Scripts.page().insertTargetAfter(script, id);
    }
}
