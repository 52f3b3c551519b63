package io.pyloom.kernel;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * The element a worker script's {@code display()} writes into by default, as PyScript makes it:
 * the tag gets an id if it has none ({@code py-w0}, {@code mpy-w1}..., counted across types), and a
 * {@code <script>} tag an element {@code ID-target} after it, which the worker's pyscript package
 * adds when it is first asked for (a worker that never displays adds nothing to the page); a
 * {@code <py-script worker>} writes into itself, and a {@code target} attribute names the element.
 */
final class WorkerTargets {

    private static int next;

    private WorkerTargets() {
    }

    /**
     * Whether a tag found at start is numbered after the others, as PyScript numbers it: once its
     * config file is read, which is after the tags that need none (Pyloom's worker reads the file
     * itself, so the page takes such tags last instead).
     */
    static boolean numberedLater(HTMLElement element) {
        if (!Js.hasAttribute(element, "worker") || (element.getId() != null && !element.getId().isEmpty())) {
            return false;
        }
        String config = element.getAttribute("config");
        return config != null && Scripts.config().urlExtension(config.trim()) != null;
    }

    /** Call once the tag's code has been read: a {@code <py-script worker>} then gives its content up. */
    static String targetOf(ScriptTag tag) {
        HTMLElement element = tag.element();
        String named = element.getAttribute("target");
        if (element.getId() == null || element.getId().isEmpty()) {
            element.setId(tag.type() + "-w" + next++);
        }
        if (named != null && !named.isEmpty()) {
            return named.startsWith("#") ? named.substring(1) : named;
        }
        if (tag.isOwnTarget()) {
            Js.becomeOutput(element); // the code leaves: the element now holds the output
            return element.getId();
        }
        return element.getId() + "-target";
    }
}
