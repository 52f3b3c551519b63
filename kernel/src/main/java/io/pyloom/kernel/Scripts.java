package io.pyloom.kernel;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The kernel's own JavaScript (its {@code src/main/js} modules), which the runtime defines ahead
 * of the compiled kernel as {@code pyloom$kernel}: one JSO interface per module, so that the Java
 * side holds no JavaScript of its own.
 */
final class Scripts {

    private Scripts() {
    }

    @JSBody(script = "return pyloom$kernel.interpreters;")
    static native Interpreters interpreters();

    @JSBody(script = "return pyloom$kernel.config;")
    static native Config config();

    @JSBody(script = "return pyloom$kernel.page;")
    static native Page page();

    @JSBody(script = "return pyloom$kernel.pluginTags;")
    static native PluginTags pluginTags();

    /** plugin-tags.js: the tags of plugins a core.js may be composed without. */
    interface PluginTags extends JSObject {
        String missingPluginOf(HTMLElement element, String[] composed);

        String[] missingSelectors(String[] composed);
    }

    @JSBody(script = "return pyloom$kernel.net;")
    static native Net net();

    @JSBody(script = "return pyloom$kernel.eventAttributes;")
    static native EventAttributes eventAttributes();

    /** event-attributes.js: py-click="handler" and the like. */
    interface EventAttributes extends JSObject {
        void watchEventAttributes();

        void interpreterReady(String type, JSObject shape);

        void interpreterFailed(String type, String message);
    }

    @JSBody(script = "return pyloom$kernel.hooks;")
    static native Hooks hooks();

    /** hooks.js: core.js's JavaScript hooks, for the page (its export) or for one worker. */
    interface Hooks extends JSObject {
        JsHooks.Branch forPage(JSObject exported);

        JsHooks.Branch forWorker(String json);

        String workerData(JSObject exported, boolean sync);

        JSObject wrapOf(JSObject shape, String type);

        void notifyWorker(JSObject exported, JSObject handle);

        void define(JSObject boot, String type, JSObject wrap);

        void defineWorker(JSObject boot, String type, JSObject handle);

        void exportConfig(JSObject boot, String type, String json);
    }

    /** interpreters/index.js: each script type's interpreter. */
    interface Interpreters extends JSObject {
        String displayName(String type);

        Interpreter.Shape adopt(String type, JSObject engine);
    }

    /** config.js */
    interface Config extends JSObject {
        String urlExtension(String text);

        ConfigText.Parsed parseJson(String text);

        JSPromise<ConfigText.Parsed> parseToml(String module, String text, String custom);

        String[] duplicateKey(String text);

        String valueKind(JSObject value);

        boolean hasKey(JSObject object, String key);

        JSObject valueAt(JSObject object, String key);

        String[] keysOf(JSObject object);

        JSArray<JSObject> itemsOf(JSObject array);

        String textOf(JSObject value);

        String jsonOf(JSObject value);

        JSPromise<ConfigText.Fetched> fetchConfig(String url, JSObject early);
    }

    /** page.js */
    interface Page extends JSObject {
        HTMLElement[] initialTags();

        void watchForNewTags(Discovery.TagListener listener);

        void watchElements(String selector, Discovery.TagListener listener);

        String typeOf(HTMLElement element);

        void dispatchAllDoneAfterInitialTags();

        String existingId(String target, String fresh);

        String insertTargetAfter(HTMLElement script, String id);

        String openingTag(JSObject element);

        void setCurrentScript(JSObject element);

        void clearCurrentScript();

        void dispatch(JSObject target, String name, JSObject detail);

        void mark(String name);

        void progress(String name, String detail);
    }

    /** net.js */
    interface Net extends JSObject {
        JSPromise<String> fetchSource(String url);

        JSPromise<JSObject> importLazy(String url);

        JSPromise<JSArray<JSObject>> fetchFiles(String[] urls, String base);

        String documentBase();

        void setWorkerBase(String base);

        JSPromise<JSObject> importJsModules(JSObject config, String base, boolean worker);

        JSObject newState(String config, JSObject modules, boolean worker, String lazyFolder, JSObject install,
                JSObject interpreter);
    }
}
