package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import org.teavm.jso.JSBody;

/**
 * Python in web workers. Workers talk to the page synchronously through SharedArrayBuffer, which
 * browsers only allow on cross-origin isolated pages: this plugin says so plainly when a page has
 * worker scripts but lacks the headers.
 */
public final class WorkerPlugin implements Plugin {

    static final String NOT_ISOLATED = "This page has worker scripts but is not cross-origin isolated, "
            + "so workers cannot reach the page synchronously. Serve it with the headers "
            + "Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp "
            + "(the Pyloom server sends both by default).";

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public void install(Hooks hooks) {
        // install runs once per interpreter on a page; the page hears this once.
        if (hasWorkerScripts() && !crossOriginIsolated() && firstTimeOnThisPage()) {
            hooks.report(new Failure("", NOT_ISOLATED, null));
        }
    }

    @JSBody(script = "var key = Symbol.for('pyloom.worker.isolation-checked');"
            + "if (globalThis[key]) return false; globalThis[key] = true; return true;")
    private static native boolean firstTimeOnThisPage();

    @JSBody(script = "return typeof document !== 'undefined' && document.querySelector("
            + "'script[type=py][worker],script[type=mpy][worker],py-script[worker],mpy-script[worker]') !== null;")
    private static native boolean hasWorkerScripts();

    @JSBody(script = "return globalThis.crossOriginIsolated === true;")
    private static native boolean crossOriginIsolated();
}
