package io.pyloom.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** Finds the page's Python tags, grouped by interpreter type, each group in document order. */
final class Discovery {

    private static final String SELECTOR = "script[type=py],script[type=mpy],py-script,mpy-script";

    private Discovery() {
    }

    static Map<String, List<ScriptTag>> scripts() {
        Map<String, List<ScriptTag>> byType = new LinkedHashMap<>();
        for (HTMLElement element : query(SELECTOR)) {
            String tag = localName(element);
            boolean custom = !"script".equals(tag);
            String type = custom ? tag.substring(0, tag.indexOf('-')) : element.getAttribute("type");
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(new ScriptTag(element, type, custom));
        }
        return byType;
    }

    @JSBody(params = "element", script = "return element.localName;")
    private static native String localName(HTMLElement element);

    @JSBody(params = "selector", script = "return Array.from(document.querySelectorAll(selector));")
    private static native HTMLElement[] query(String selector);
}
