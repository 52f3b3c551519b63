package io.pyloom.kernel;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLElement;

/** Small JavaScript helpers the kernel needs and JSO does not spell out. */
final class Js {

    private Js() {
    }

    @JSBody(params = "error", script = "if (error == null) return 'unknown error';"
            + "return String(error.message != null ? error.message : error);")
    static native String errorMessage(JSObject error);

    /**
     * Fetches Python source, rejecting with a message that names the URL and what went wrong:
     * the status, the network, or bytes that are not UTF-8 (which would otherwise run as garbage).
     */
    @JSBody(params = "url", script = "return fetch(url).then(function (r) {"
            + " if (!r.ok) throw new Error('Failed to fetch ' + url + ': HTTP ' + r.status);"
            + " return r.arrayBuffer(); }, function (e) { throw new Error('Failed to fetch ' + url + ': ' + e.message); })"
            + ".then(function (bytes) { try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); }"
            + " catch (e) { throw new Error('The source ' + url + ' is not UTF-8 text: save it as UTF-8.'); } });")
    static native JSPromise<String> fetchText(String url);

    /** Python source from a URL, or a KernelError naming the URL and what went wrong. */
    static String fetchSource(String url) throws KernelError {
        Promises.Outcome outcome = Promises.settle(fetchText(url)).await();
        if (!outcome.isOk()) {
            throw new KernelError(errorMessage(outcome.getError()));
        }
        return Promises.text(outcome);
    }

    @JSBody(params = { "base", "url" }, script = "return new URL(url, base).href;")
    static native String resolve(String base, String url);

    /** The page's base URL; in a worker, the page's as the worker was told it. */
    @JSBody(script = "return globalThis.document ? document.baseURI"
            + " : (globalThis[Symbol.for('pyloom.base')] || location.href);")
    static native String documentBase();

    /** Inside a worker, URLs resolve against the page that started it. */
    @JSBody(params = "base", script = "globalThis[Symbol.for('pyloom.base')] = base;")
    static native void setWorkerBase(String base);

    /** Whether core.js runs in a web worker (no document there). */
    @JSBody(script = "return typeof document === 'undefined' && typeof importScripts === 'function';")
    static native boolean inWorker();

    @JSBody(params = { "target", "name", "detail" }, script = "target.dispatchEvent("
            + "new CustomEvent(name, { bubbles: true, detail: detail }));")
    static native void dispatch(JSObject target, String name, JSObject detail);

    @JSBody(params = "worker", script = "return { worker: worker };")
    static native JSObject workerDetail(boolean worker);

    /** A {@code <py-script>} after its code is taken: empty, and shown (core.css hides it before). */
    @JSBody(params = "element", script = "element.replaceChildren(); element.style.display = 'block';")
    static native void becomeOutput(HTMLElement element);

    /** A performance mark, {@code pyloom:name}, for the browser's profiler. */
    @JSBody(params = "name", script = "if (globalThis.performance && performance.mark) performance.mark('pyloom:' + name);")
    static native void mark(String name);

    /** The progress event, and a performance mark of the same name for the browser's profiler. */
    @JSBody(params = { "name", "detail" }, script = "if (globalThis.performance && performance.mark)"
            + " performance.mark('pyloom:' + name + ' ' + detail);"
            + "if (globalThis.window) window.dispatchEvent(new CustomEvent(name, { detail: detail }));")
    static native void progress(String name, String detail);


    @JSBody(params = "message", script = "console.error(message);")
    static native void consoleError(String message);

    @JSBody(params = { "element", "name" }, script = "return element.hasAttribute(name);")
    static native boolean hasAttribute(HTMLElement element, String name);

    /** The element's opening tag, for messages. */
    @JSBody(params = "element", script = "var c = element.cloneNode(false); c.textContent = '';"
            + "var html = c.outerHTML; return html.slice(0, html.lastIndexOf('</')) || html;")
    static native String openingTag(JSObject element);

    /** {@code document.currentScript} is the running tag while its code runs, as PyScript pages expect. */
    @JSBody(params = "element", script = "Object.defineProperty(document, 'currentScript',"
            + " { configurable: true, get: function () { return element; } });")
    static native void setCurrentScript(JSObject element);

    @JSBody(script = "delete document.currentScript;")
    static native void clearCurrentScript();
}
