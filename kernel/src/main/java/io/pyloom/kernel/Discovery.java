package io.pyloom.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Finds the page's Python tags for the main thread, grouped by interpreter type, each group in
 * document order. Tags with a {@code worker} attribute are not among them: they never run here.
 */
final class Discovery {

    static final String SELECTOR = "script[type=py],script[type=mpy],py-script,mpy-script";

    private Discovery() {
    }

    static Map<String, List<ScriptTag>> scripts() {
        Map<String, List<ScriptTag>> byType = new LinkedHashMap<>();
        for (HTMLElement element : query(SELECTOR)) {
            if (Js.hasAttribute(element, "worker")) {
                continue;
            }
            String tag = localName(element);
            boolean custom = !"script".equals(tag);
            String type = custom ? tag.substring(0, tag.indexOf('-')) : element.getAttribute("type");
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(new ScriptTag(element, type, custom));
        }
        return byType;
    }

    @JSBody(params = "element", script = "return element.localName;")
    static native String localName(HTMLElement element);

    /** Tags that ask for a web worker. */
    static HTMLElement[] workerScripts() {
        return query("script[type=py][worker],script[type=mpy][worker],py-script[worker],mpy-script[worker]");
    }

    @JSBody(params = "selector", script = "return Array.from(document.querySelectorAll(selector));")
    private static native HTMLElement[] query(String selector);
}
