package io.pyloom.plugin.terminal;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLElement;

/** The plugin's JavaScript (src/main/js/main-terminal.js), as the runtime defines it. */
final class Scripts {

    private Scripts() {
    }

    @JSBody(script = "return pyloom$terminal.page;")
    static native Page page();

    interface Page extends JSObject {
        boolean firstInstallOnPage();

        boolean claimMainTerminal(HTMLElement script);

        boolean ownsTerminal(HTMLElement script);

        /** A promise of the output sink of the script's new terminal. */
        JSPromise<JSObject> openMain(JSPromise<JSObject> module, HTMLElement script);

        String typeOf(HTMLElement element);
    }
}
