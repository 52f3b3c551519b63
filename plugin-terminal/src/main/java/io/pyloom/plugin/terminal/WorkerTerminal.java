package io.pyloom.plugin.terminal;

import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Run;
import org.teavm.jso.JSObject;

/**
 * Inside the worker of a script with the {@code terminal} attribute: the interpreter's output and
 * the failures reported go to the page's terminal, {@code input()} reads from it, {@code
 * code.interact()} runs a REPL there and the script sees the terminal as {@code __terminal__}.
 */
final class WorkerTerminal {

    static final String PRELUDE = "from _pyloom_terminal import input, terminal as __terminal__\n";

    /** The page's sync functions of this worker once its script is known to have a terminal. */
    private static JSObject pageSync;

    private WorkerTerminal() {
    }

    static void install(Hooks hooks) {
        hooks.add(Hook.BEFORE_RUN, WorkerTerminal::open);
        hooks.add(Hook.CODE_BEFORE_RUN, run -> pageSync != null ? PRELUDE : null);
        hooks.add(Hook.ERROR, failure -> {
            if (pageSync != null) {
                Scripts.worker().writeFailure(pageSync, failure.message());
            }
        });
    }

    private static void open(Run run) {
        if (run.attribute("terminal") == null || run.pageSync() == null) {
            return;
        }
        pageSync = run.pageSync();
        run.python().takeOutput(Scripts.worker().pageSink(pageSync));
    }
}
