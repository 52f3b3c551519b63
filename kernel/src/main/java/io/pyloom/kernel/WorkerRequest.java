package io.pyloom.kernel;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.RunListener;
import io.pyloom.kernel.spi.WorkerListener;
import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.dom.html.HTMLElement;

/** A worker script as the main thread sees it: from a tag or from {@code PyWorker(...)}. */
final class WorkerRequest implements WorkerScript {

    private final String type;
    private final String target;
    private final HTMLElement element;
    private final String name;
    private final String src;
    private final String code;
    private final String config;
    private final HookRegistry hooks;
    private final boolean sync;

    WorkerRequest(String type, HTMLElement element, String name, String src, String code, String config,
            HookRegistry hooks) {
        this(type, element, name, src, code, config, null, false, hooks);
    }

    private WorkerRequest(String type, HTMLElement element, String name, String src, String code, String config,
            String target, boolean sync, HookRegistry hooks) {
        this.target = target;
        this.sync = sync;
        this.type = type;
        this.element = element;
        this.name = name;
        this.src = src;
        this.code = code;
        this.config = config;
        this.hooks = hooks;
    }

    /** A {@code <script type="py" worker>} or {@code <py-script worker>} tag. */
    static WorkerRequest of(ScriptTag tag, HookRegistry hooks) {
        HTMLElement element = tag.element();
        String src = tag.src() == null ? null : Js.resolve(Js.documentBase(), tag.src());
        String config = emptyToNull(element.getAttribute("config"));
        if (config == null) {
            config = ConfigFinder.sourceForWorkers(tag.type());
        }
        return new WorkerRequest(tag.type(), element, emptyToNull(element.getAttribute("name")), src,
                src == null ? tag.inlineCode() : null, emptyToNull(config), WorkerTargets.targetOf(tag), tag.isSync(), hooks);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public HTMLElement element() {
        return element;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String src() {
        return src;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String config() {
        return config;
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public String hooks() {
        return JsHooks.workerData(sync);
    }

    @Override
    public String base() {
        return Js.documentBase();
    }

    @Override
    public void started(org.teavm.jso.JSObject handle) {
        for (WorkerListener listener : hooks.of(Hook.WORKER_STARTED)) {
            listener.started(this, handle);
        }
        JsHooks.workerStarted(type, handle);
    }

    @Override
    public org.teavm.jso.JSObject attributes() {
        return element == null ? null : Js.attributesOf(element);
    }

    @Override
    public void ready() {
        if (element != null) {
            Js.dispatch(element, type + ":ready", Js.workerDetail(true));
        }
        for (RunListener listener : hooks.of(Hook.WORKER_READY)) {
            listener.on(new WorkerRun(this, null));
        }
    }

    @Override
    public void done() {
        if (element != null) {
            Js.dispatch(element, type + ":done", Js.workerDetail(true));
        }
    }

    @Override
    public void failed(String message) {
        hooks.report(new Failure(type, message, element));
    }
}
