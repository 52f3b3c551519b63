package io.pyloom.plugin.editor;

import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The worker an editor environment runs in: no code of its own (the editors send theirs), the
 * config of the editor that started it, and an attribute that tells the editor plugin inside the
 * worker to serve the editors.
 */
final class EditorEnv implements WorkerScript {

    private final String type;
    private final String env;
    private final String config;
    private final Scripts.Failed failed;

    EditorEnv(String type, String env, String config, Scripts.Failed failed) {
        this.type = type;
        this.env = env;
        this.config = config;
        this.failed = failed;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public HTMLElement element() {
        return null;
    }

    @Override
    public String name() {
        return null;
    }

    @Override
    public String src() {
        return null;
    }

    @Override
    public String code() {
        return "";
    }

    @Override
    public String config() {
        return config;
    }

    @Override
    public JSObject attributes() {
        return Scripts.page().attribute(Scripts.ENV_ATTRIBUTE, env);
    }

    @Override
    public String base() {
        return Scripts.page().documentBase();
    }

    @Override
    public void ready() {
    }

    @Override
    public void done() {
    }

    @Override
    public void failed(String message) {
        failed.failed(message);
    }
}
