package io.pyloom.it.support.plugins;

import io.pyloom.kernel.spi.ElementHandler;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A third-party plugin with a script type of its own, {@code <script type="probe-pad">}, whose
 * JavaScript comes in its bundle's lazy folder ({@code lazy/js/pad-render.js}): the page imports it
 * only when it has such a tag. The tests pack it into a bundle and drop it into the plugins folder.
 */
public final class PadPlugin implements Plugin, ElementHandler {

    private Hooks hooks;

    @Override
    public String name() {
        return "pad";
    }

    @Override
    public void install(Hooks hooks) {
        if (hooks.inWorker() || this.hooks != null) {
            return; // the page-wide install is the first; one per interpreter follows
        }
        this.hooks = hooks;
        hooks.add(Hook.ELEMENTS, this);
    }

    @Override
    public String selector() {
        return "script[type=probe-pad]";
    }

    @Override
    public void found(HTMLElement element) {
        if (element.hasAttribute("data-break")) {
            throw new IllegalStateException("this pad is broken on purpose");
        }
        render(hooks.importModule("pad-render"), element);
    }

    @JSBody(params = { "module", "element" }, script = "module.then(function (m) { m.render(element); });")
    private static native void render(JSPromise<JSObject> module, HTMLElement element);

    /** The lazy module the bundle carries. */
    public static final String RENDER_JS = """
            // Renders a pad after its tag; counts renders so that the tests see each tag is taken once.
            export const render = (element) => {
              const pad = document.createElement("p");
              pad.className = "pad";
              pad.textContent = "pad: " + element.textContent.trim();
              element.after(pad);
              window.__pads = (window.__pads || 0) + 1;
            };
            """;
}
