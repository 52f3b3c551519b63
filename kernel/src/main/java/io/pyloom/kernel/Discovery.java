package io.pyloom.kernel;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** Finds the page's Python tags: those present at start, in document order, and those added later. */
final class Discovery {

    static final String SELECTOR = "script[type=py],script[type=mpy],py-script,mpy-script";
    /** The tags already taken, kept on the document under a registered symbol. */
    private static final String SEEN = "var key = Symbol.for('pyloom.seen');"
            + "var seen = document[key] || (document[key] = new WeakSet());";

    private Discovery() {
    }

    /** Called once for each tag, in document order. */
    @JSFunctor
    interface TagListener extends JSObject {
        void found(HTMLElement element);
    }

    @JSBody(params = "selector", script = "return Array.from(document.querySelectorAll(selector));")
    private static native HTMLElement[] query(String selector);

    static HTMLElement[] initialTags() {
        HTMLElement[] tags = query(SELECTOR);
        for (HTMLElement tag : tags) {
            claim(tag);
        }
        return tags;
    }

    /** Marks a tag as taken; false when it already was (a tag runs once, even if moved). */
    @JSBody(params = "element", script = SEEN
            + "if (seen.has(element)) return false; seen.add(element); return true;")
    private static native boolean claim(HTMLElement element);

    /** Tags added to the page later (directly or inside added elements) are reported in document order. */
    @JSBody(params = "listener", script = SEEN
            + "new MutationObserver(function (records) {"
            + "  records.forEach(function (record) { record.addedNodes.forEach(function (node) {"
            + "    if (node.nodeType !== 1) return;"
            + "    var found = node.matches('" + SELECTOR + "') ? [node] : [];"
            + "    found.push.apply(found, node.querySelectorAll('" + SELECTOR + "'));"
            + "    found.forEach(function (el) { if (!seen.has(el)) { seen.add(el); listener(el); } });"
            + "  }); });"
            + "}).observe(document, { childList: true, subtree: true });")
    static native void watchForNewTags(TagListener listener);

    /** {@code py:all-done} on window once every tag present now has sent its {@code py:done} / {@code mpy:done}. */
    @JSBody(script = "var tags = Array.from(document.querySelectorAll('" + SELECTOR + "'));"
            + "Promise.all(tags.map(function (el) {"
            + "  var type = el.localName === 'script' ? el.getAttribute('type') : el.localName.split('-')[0];"
            + "  return new Promise(function (done) { el.addEventListener(type + ':done', done, { once: true }); });"
            + "})).then(function () { window.dispatchEvent(new Event('py:all-done')); });")
    static native void dispatchAllDoneAfterInitialTags();

    @JSBody(params = "element", script = "return element.localName;")
    static native String localName(HTMLElement element);
}
