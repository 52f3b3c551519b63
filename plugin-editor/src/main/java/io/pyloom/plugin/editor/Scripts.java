package io.pyloom.plugin.editor;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLElement;

/** The plugin's JavaScript (src/main/js/editor-page.js and editor-worker.js), as the runtime defines it. */
final class Scripts {

    /** The attribute an editor env's worker is started with, naming the env. */
    static final String ENV_ATTRIBUTE = "pyloom-editor-env";

    private Scripts() {
    }

    @JSBody(script = "return pyloom$editor.page;")
    static native Page page();

    @JSBody(script = "return pyloom$editor.worker;")
    static native Worker worker();

    @JSFunctor
    interface Failed extends JSObject {
        void failed(String message);
    }

    /** Starts the worker of an env: its handle, or null without the worker plugin. */
    @JSFunctor
    interface EnvStarter extends JSObject {
        JSObject start(String type, String env, String config, Failed failed);
    }

    @JSFunctor
    interface Reporter extends JSObject {
        void report(String type, String message, HTMLElement element);
    }

    /** Runs code in the worker's interpreter: a promise of null, or of the error's text. */
    @JSFunctor
    interface Runner extends JSObject {
        JSPromise<JSString> run(String code);
    }

    /** src/main/js/editor-page.js. */
    interface Page extends JSObject {
        boolean firstInstallOnPage();

        void found(JSPromise<JSObject> module, HTMLElement script, EnvStarter startEnv, Reporter report);

        /** A plain object holding one attribute. */
        JSObject attribute(String name, String value);

        String documentBase();
    }

    /** src/main/js/editor-worker.js. */
    interface Worker extends JSObject {
        JSObject pageSink(JSObject pageSync);

        void offerRunner(JSObject pageSync, Runner runner);
    }
}
