package io.pyloom.plugin.error;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Shows every failure in the page as PyScript does: a {@code .py-error} banner at the end of the body. */
public final class ErrorPlugin implements Plugin {

    @Override
    public String name() {
        return "error";
    }

    @Override
    public void install(Hooks hooks) {
        if (hooks.inWorker()) {
            return; // a worker has no page: the worker plugin sends its failures here
        }
        hooks.add(Hook.ERROR, (Failure failure) -> show(failure.message()));
        hooks.add(Hook.INTERPRETER_READY, run -> listen(ErrorPlugin::show)); // only where the page keeps this plugin
    }

    /** Shows a message in the page. */
    @JSFunctor
    interface Banner extends JSObject {
        void show(String message);
    }

    /**
     * Python raising in an event handler or another callback surfaces as an uncaught JS error (or
     * an unhandled rejection for async code), outside any script run: show those too. Once per page.
     */
    @JSBody(params = "banner", script = "var key = Symbol.for('pyloom.error.listening'); if (window[key]) return; window[key] = true;"
            + "function isPython(e) { return !!e && (e.name === 'PythonError'"
            + "  || /PythonError|Traceback \\(most recent call last\\)/.test(String(e.message || e))); }"
            + "function text(e) { return String(e && e.message ? e.message : e); }"
            + "window.addEventListener('error', function (event) {"
            + "  var e = event.error || event.message; if (isPython(e)) banner(text(e)); });"
            + "window.addEventListener('unhandledrejection', function (event) {"
            + "  if (isPython(event.reason)) banner(text(event.reason)); });")
    private static native void listen(Banner banner);

    // textContent, never innerHTML: messages quote user input and must not become markup.
    @JSBody(params = "message", script = "var banner = document.createElement('div');"
            + "banner.className = 'py-error'; banner.setAttribute('role', 'alert');"
            + "banner.textContent = message; document.body.append(banner);")
    private static native void show(String message);
}
