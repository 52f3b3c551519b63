package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** The worker script as the page described it in the boot message; its callbacks post back. */
final class BootedScript implements WorkerScript {

    private final Scripts.Description description;

    BootedScript(Scripts.Description description) {
        this.description = description;
    }

    @Override
    public String type() {
        return description.getType();
    }

    @Override
    public HTMLElement element() {
        return null;
    }

    @Override
    public String name() {
        return description.getName();
    }

    @Override
    public String src() {
        return description.getSrc();
    }

    @Override
    public String code() {
        return description.getCode();
    }

    @Override
    public String config() {
        return description.getConfig();
    }

    @Override
    public String target() {
        return description.getTarget();
    }

    @Override
    public String hooks() {
        return description.getHooks();
    }

    @Override
    public JSObject attributes() {
        return description.getAttributes();
    }

    @Override
    public JSObject pageSync() {
        return Scripts.worker().pageSync();
    }

    @Override
    public String base() {
        return description.getBase();
    }

    @Override
    public void ready() {
        Scripts.worker().postReady();
    }

    @Override
    public void done() {
        Scripts.worker().postDone(WorkerEntry.failure());
    }

    @Override
    public void failed(String message) {
        WorkerEntry.report(message);
    }
}
