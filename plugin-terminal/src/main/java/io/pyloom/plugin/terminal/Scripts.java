package io.pyloom.plugin.terminal;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLElement;

/** The plugin's JavaScript (src/main/js/main-terminal.js and worker-terminal.js), as the runtime defines it. */
final class Scripts {

    private Scripts() {
    }

    @JSBody(script = "return pyloom$terminal.page;")
    static native Page page();

    @JSBody(script = "return pyloom$terminal.worker;")
    static native Worker worker();

    /** Hears why a worker's terminal could not be opened. */
    @JSFunctor
    interface Failed extends JSObject {
        void failed(String message);
    }

    interface Page extends JSObject {
        boolean firstInstallOnPage();

        boolean claimMainTerminal(HTMLElement script);

        boolean ownsTerminal(HTMLElement script);

        /** A promise of the output sink of the script's new terminal. */
        JSPromise<JSObject> openMain(JSPromise<JSObject> module, HTMLElement script);

        /** Opens a worker script's terminal and offers it to the worker through the handle's sync. */
        void openWorker(JSPromise<JSObject> module, HTMLElement script, JSObject handle, Failed failed);
    }

    /** src/main/js/worker-terminal.js: the worker's side of its terminal. */
    interface Worker extends JSObject {
        JSObject pageSink(JSObject pageSync);

        void writeFailure(JSObject pageSync, String message);
    }
}
