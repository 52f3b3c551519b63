package io.pyloom.plugin.error;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import org.teavm.jso.JSBody;

/** Shows every failure in the page as PyScript does: a {@code .py-error} banner at the end of the body. */
public final class ErrorPlugin implements Plugin {

    @Override
    public String name() {
        return "error";
    }

    @Override
    public void install(Hooks hooks) {
        hooks.add(Hook.ERROR, (Failure failure) -> show(failure.message()));
    }

    // textContent, never innerHTML: messages quote user input and must not become markup.
    @JSBody(params = "message", script = "var banner = document.createElement('div');"
            + "banner.className = 'py-error'; banner.setAttribute('role', 'alert');"
            + "banner.textContent = message; document.body.append(banner);")
    private static native void show(String message);
}
