package io.pyloom.plugin.pydom;

import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The Pythonic DOM: pydom ({@code python/pyweb/}) and pyscript.web ({@code python/pyscript/web.py}),
 * which the server composes into core.js with this plugin. The browser face gives that Python the
 * one thing it cannot do itself on MicroPython: catch a JavaScript exception (a bad selector).
 */
public final class PydomPlugin implements Plugin {

    private static final JSObject MODULE = newModule();

    @Override
    public String name() {
        return "pydom";
    }

    @Override
    public void install(Hooks hooks) {
        hooks.add(Hook.INTERPRETER_READY, run -> run.python().registerModule("_pyloom_pydom", MODULE));
    }

    /** {@code select(root, selector)}: root's matches as a NodeList, or the browser's message if the selector is bad. */
    @JSBody(script = "return pyloom$pydom;")
    private static native JSObject newModule();
}
