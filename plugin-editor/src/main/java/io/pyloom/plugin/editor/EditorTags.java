package io.pyloom.plugin.editor;

import io.pyloom.kernel.spi.ElementHandler;
import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hooks;
import org.teavm.jso.dom.html.HTMLElement;

/** Each editor script of the page, handed to the lazy editor module with what it needs of the kernel. */
final class EditorTags implements ElementHandler {

    static final String SELECTOR = "script[type=py-editor],script[type=mpy-editor]";

    private final Hooks hooks;

    EditorTags(Hooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public String selector() {
        return SELECTOR;
    }

    @Override
    public void found(HTMLElement element) {
        Scripts.page().found(hooks.importModule("editor"), element, this::startEnv,
                (type, message, where) -> hooks.report(new Failure(type, message, where)));
    }

    /** A worker for an editor environment, or null when this core.js has no worker plugin. */
    private org.teavm.jso.JSObject startEnv(String type, String env, String config, Scripts.Failed failed) {
        return hooks.startWorker(new EditorEnv(type, env, config, failed));
    }
}
