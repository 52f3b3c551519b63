package io.pyloom.plugin.terminal;

import io.pyloom.kernel.spi.ElementHandler;
import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hooks;
import org.teavm.jso.dom.html.HTMLElement;

/** Worker scripts with a terminal: this version has none for them yet, and the page hears so (they still run). */
final class WorkerTerminals implements ElementHandler {

    private final Hooks hooks;

    WorkerTerminals(Hooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public String selector() {
        return TerminalPlugin.WORKER_TERMINALS;
    }

    @Override
    public void found(HTMLElement element) {
        hooks.report(new Failure(Scripts.page().typeOf(element), "This terminal plugin opens terminals for main-thread scripts only: "
                + "the worker script runs, and its output goes to the console.", element));
    }
}
