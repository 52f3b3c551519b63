package io.pyloom.kernel;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** Finds the page's Python tags: those present at start, in document order, and those added later. */
final class Discovery {

    private Discovery() {
    }

    /** Called once for each tag, in document order. */
    @JSFunctor
    interface TagListener extends JSObject {
        void found(HTMLElement element);
    }

    /** The page's tags now, in document order; each is taken (a tag runs once, even if moved). */
    static HTMLElement[] initialTags() {
        return Scripts.page().initialTags();
    }

    /** Tags added to the page later (directly or inside added elements) are reported in document order. */
    static void watchForNewTags(TagListener listener) {
        Scripts.page().watchForNewTags(listener);
    }

    /** Each element matching the selector, once: those on the page now in document order, then each added later. */
    static void watchElements(String selector, TagListener listener) {
        Scripts.page().watchElements(selector, listener);
    }

    /** {@code py:all-done} on window once every tag present now has sent its {@code py:done} / {@code mpy:done}. */
    static void dispatchAllDoneAfterInitialTags() {
        Scripts.page().dispatchAllDoneAfterInitialTags();
    }

    /** The tag's script type: {@code py} or {@code mpy}. */
    static String typeOf(HTMLElement element) {
        return Scripts.page().typeOf(element);
    }
}
