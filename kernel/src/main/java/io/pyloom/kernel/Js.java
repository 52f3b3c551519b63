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



    /** Python source from a URL, or a KernelError naming the URL and what went wrong. */
    static String fetchSource(String url) throws KernelError {
        Promises.Outcome outcome = Promises.settle(Scripts.net().fetchSource(url)).await();
        if (!outcome.isOk()) {
            throw new KernelError(errorMessage(outcome.getError()));
        }
        return Promises.text(outcome);
    }

    @JSBody(params = { "base", "url" }, script = "return new URL(url, base).href;")
    static native String resolve(String base, String url);

    /** The page's base URL; in a worker, the page's as the worker was told it. */
    static String documentBase() {
        return Scripts.net().documentBase();
    }

    /** Inside a worker, URLs resolve against the page that started it. */
    static void setWorkerBase(String base) {
        Scripts.net().setWorkerBase(base);
    }

    /** Whether core.js runs in a web worker (no document there). */
    @JSBody(script = "return typeof document === 'undefined' && typeof importScripts === 'function';")
    static native boolean inWorker();

    static void dispatch(JSObject target, String name, JSObject detail) {
        Scripts.page().dispatch(target, name, detail);
    }

    @JSBody(params = "worker", script = "return { worker: worker };")
    static native JSObject workerDetail(boolean worker);

    /** A {@code <py-script>} after its code is taken: empty, and shown (core.css hides it before). */
    @JSBody(params = "element", script = "element.replaceChildren(); element.style.display = 'block';")
    static native void becomeOutput(HTMLElement element);

    /** A performance mark, {@code pyloom:name}, for the browser's profiler. */
    static void mark(String name) {
        Scripts.page().mark(name);
    }

    /** The progress event, and a performance mark of the same name for the browser's profiler. */
    static void progress(String name, String detail) {
        Scripts.page().progress(name, detail);
    }


    @JSBody(params = "message", script = "console.error(message);")
    static native void consoleError(String message);

    @JSBody(params = { "element", "name" }, script = "return element.hasAttribute(name);")
    static native boolean hasAttribute(HTMLElement element, String name);

    /** The element's opening tag, for messages. */
    static String openingTag(JSObject element) {
        return Scripts.page().openingTag(element);
    }

    /** {@code document.currentScript} is the running tag while its code runs, as PyScript pages expect. */
    static void setCurrentScript(JSObject element) {
        Scripts.page().setCurrentScript(element);
    }

    static void clearCurrentScript() {
        Scripts.page().clearCurrentScript();
    }

    /** An element's attributes as a plain object of names and values (what a worker's boot message carries). */
    @JSBody(params = "element", script = "return Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));")
    static native JSObject attributesOf(HTMLElement element);

    /** The string value of a plain object's property, or null when it (or the object) is absent. */
    @JSBody(params = { "object", "name" }, script = "return object != null && Object.hasOwn(object, name) ? String(object[name]) : null;")
    static native String valueOf(JSObject object, String name);
}
