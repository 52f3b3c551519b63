package io.pyloom.kernel;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** The element each script's {@code display()} writes into, with PyScript's ids ({@code py-0}, {@code mpy-0}...). */
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
        return insertAfter(element, "script-" + type, id);
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

    @JSBody(params = { "target", "fresh" }, script = "var el = document.getElementById(target);"
            + "if (!el) { try { el = document.querySelector(target); } catch (e) { el = null; } }"
            + "if (!el) return null; if (!el.id) el.id = fresh; return el.id;")
    private static native String existingId(String target, String fresh);

    @JSBody(params = { "script", "tag", "id" }, script = "var el = document.createElement(tag); el.id = id;"
            + "script.after(el); return id;")
    private static native String insertAfter(HTMLElement script, String tag, String id);
}
