package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** The worker script as the page described it in the boot message; its callbacks post back. */
final class BootedScript implements WorkerScript {

    private final JSObject description;

    BootedScript(JSObject description) {
        this.description = description;
    }

    @Override
    public String type() {
        return field(description, "type");
    }

    @Override
    public HTMLElement element() {
        return null;
    }

    @Override
    public String name() {
        return field(description, "name");
    }

    @Override
    public String src() {
        return field(description, "src");
    }

    @Override
    public String code() {
        return field(description, "code");
    }

    @Override
    public String config() {
        return field(description, "config");
    }

    @Override
    public String base() {
        return field(description, "base");
    }

    @Override
    public void ready() {
        WorkerEntry.postToPage(message("ready", null, null));
    }

    @Override
    public void done() {
        WorkerEntry.postToPage(message("done", exportNames(), WorkerEntry.failure()));
    }

    @Override
    public void failed(String message) {
        WorkerEntry.report(message);
    }

    private static JSObject exportNames() {
        return names(WorkerEntry.MODULE);
    }

    @JSBody(params = "module", script = "return Object.keys(module.exports);")
    private static native JSObject names(JSObject module);

    @JSBody(params = { "o", "key" }, script = "var v = o[key]; return v == null ? null : String(v);")
    private static native String field(JSObject o, String key);

    @JSBody(params = { "t", "exports", "failed" }, script = "return { pyloom: 1, t: t, exports: exports, failed: failed };")
    private static native JSObject message(String t, JSObject exports, String failed);
}
