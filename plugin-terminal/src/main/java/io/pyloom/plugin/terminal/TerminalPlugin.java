package io.pyloom.plugin.terminal;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.Run;
import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The {@code terminal} attribute of {@code py} and {@code mpy} scripts, as PyScript's terminal:
 * on the main thread the script's interpreter writes into an xterm.js terminal under the script,
 * read-only, and the script sees it as {@code __terminal__}. At most one main-thread terminal per
 * page, with PyScript's message for a second. A worker script's terminal also reads: {@code
 * input()} blocks the worker until a line is typed, and {@code code.interact()} is a REPL there;
 * any number of worker terminals may share a page. xterm.js is a lazy module of this bundle, fetched by
 * pages that have a terminal only.
 */
public final class TerminalPlugin implements Plugin {

    static final String SECOND_MAIN_TERMINAL = "You can use at most 1 main terminal";

    @Override
    public String name() {
        return "terminal";
    }

    @Override
    public void install(Hooks hooks) {
        if (hooks.inWorker()) {
            WorkerTerminal.install(hooks);
            return;
        }
        hooks.add(Hook.BEFORE_RUN_ASYNC, run -> open(hooks, run));
        if (Scripts.page().firstInstallOnPage()) {
            hooks.add(Hook.WORKER_STARTED, (script, handle) -> openWorker(hooks, script, handle));
        }
        hooks.add(Hook.CODE_BEFORE_RUN, run -> Scripts.page().ownsTerminal(run.script())
                ? "from js import __pyloom_terminal__ as __terminal__\n" : null);
    }

    /** A worker script with a terminal: the page opens it, the worker reaches it through the handle's sync. */
    private static void openWorker(Hooks hooks, WorkerScript script, JSObject handle) {
        HTMLElement element = script.element();
        if (element == null || !element.hasAttribute("terminal")) {
            return;
        }
        Scripts.page().openWorker(hooks.importModule("terminal-xterm"), element, handle,
                message -> hooks.report(new Failure(script.type(), message, element)));
    }

    private static boolean isMainTerminal(HTMLElement script) {
        return script != null && script.hasAttribute("terminal") && !script.hasAttribute("worker");
    }

    /** Before a main-thread terminal script runs: its terminal, and its interpreter's output in it. */
    private static void open(Hooks hooks, Run run) {
        HTMLElement script = run.script();
        if (!isMainTerminal(script) || Scripts.page().ownsTerminal(script)) {
            return;
        }
        if (!Scripts.page().claimMainTerminal(script)) {
            hooks.report(new Failure(run.type(), SECOND_MAIN_TERMINAL, script));
            return;
        }
        try {
            JSObject sink = Scripts.page().openMain(hooks.importModule("terminal-xterm"), script).await();
            run.python().takeOutput(sink);
        } catch (RuntimeException e) {
            hooks.report(new Failure(run.type(), "The terminal could not be opened: " + e.getMessage(), script));
        }
    }
}
