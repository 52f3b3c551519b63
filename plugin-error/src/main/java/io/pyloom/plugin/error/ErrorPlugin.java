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

    /** Python failures outside any script run (event handlers, callbacks) reach the banner too. */
    @JSBody(params = "banner", script = "pyloom$error.listen(banner);")
    private static native void listen(Banner banner);

    @JSBody(params = "message", script = "pyloom$error.show(message);")
    private static native void show(String message);
}
