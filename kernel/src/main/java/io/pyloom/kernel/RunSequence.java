package io.pyloom.kernel;

import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.PythonError;
import io.pyloom.kernel.spi.Run;

/**
 * The hooks around one script's code, in PyScript's order: the one sequence the main thread and
 * workers both run.
 */
final class RunSequence {

    /** The script's code itself. */
    interface Code {
        void run() throws PythonError;
    }

    /** What holds while the code hooks and the code run (the page's currentScript, say). */
    interface Scope {
        Scope NONE = new Scope() {
            @Override
            public void enter() {
            }

            @Override
            public void exit() {
            }
        };

        void enter();

        void exit();
    }

    private RunSequence() {
    }

    /**
     * Each point calls the Java plugins' listeners first, then the page's JavaScript hooks of
     * core.js's export (added later, by the page): the order PyScript's own plugins and a page's
     * have there.
     */
    static void run(HookRegistry hooks, JsHooks js, Run run, Scope scope, Code code) throws PythonError, KernelError {
        hooks.notify(Hook.BEFORE_RUN, run);
        hooks.notify(Hook.BEFORE_RUN_ASYNC, run);
        js.call("onBeforeRun");
        scope.enter();
        try {
            hooks.runCode(Hook.CODE_BEFORE_RUN, run);
            js.runCode("codeBeforeRun");
            code.run();
            hooks.runCode(Hook.CODE_AFTER_RUN, run);
            js.runCode("codeAfterRun");
        } finally {
            scope.exit();
        }
        hooks.notify(Hook.AFTER_RUN, run);
        hooks.notify(Hook.AFTER_RUN_ASYNC, run);
        js.call("onAfterRun");
    }
}
