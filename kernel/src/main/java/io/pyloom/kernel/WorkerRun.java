package io.pyloom.kernel;

import io.pyloom.kernel.spi.Python;
import io.pyloom.kernel.spi.Run;
import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.dom.html.HTMLElement;

/** A {@link Run} of a worker script: inside the worker, or on the main thread when it is ready. */
final class WorkerRun implements Run {

    private final WorkerScript script;
    private final Python python;

    WorkerRun(WorkerScript script, Python python) {
        this.script = script;
        this.python = python;
    }

    @Override
    public String type() {
        return script.type();
    }

    /** The tag on the main thread; null inside the worker, which has no page. */
    @Override
    public HTMLElement script() {
        return Js.inWorker() ? null : script.element();
    }

    /** The id of the page element display() writes into by default, or null (a PyWorker has none). */
    @Override
    public String target() {
        return script.target();
    }

    /** The interpreter inside the worker; null on the main thread. */
    @Override
    public Python python() {
        return python;
    }

    @Override
    public boolean worker() {
        return true;
    }

    @Override
    public String attribute(String name) {
        return Js.inWorker() || script.element() == null ? Js.valueOf(script.attributes(), name)
                : script.element().getAttribute(name);
    }

    @Override
    public org.teavm.jso.JSObject pageSync() {
        return script.pageSync();
    }
}
