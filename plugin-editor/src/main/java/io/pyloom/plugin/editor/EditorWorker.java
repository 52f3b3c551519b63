package io.pyloom.plugin.editor;

import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Python;
import io.pyloom.kernel.spi.PythonError;
import io.pyloom.kernel.spi.Run;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/**
 * Inside an editor environment's worker: the interpreter's output goes to the page (to the
 * output of the editor being run), and the page runs each editor's code through a function the
 * worker offers on its sync, with top-level await, in one namespace shared by the env's editors.
 */
final class EditorWorker {

    private EditorWorker() {
    }

    static void install(Hooks hooks) {
        hooks.add(Hook.BEFORE_RUN, EditorWorker::serve);
    }

    private static void serve(Run run) {
        if (run.attribute(Scripts.ENV_ATTRIBUTE) == null || run.pageSync() == null) {
            return;
        }
        Python python = run.python();
        python.takeOutput(Scripts.worker().pageSink(run.pageSync()));
        Scripts.worker().offerRunner(run.pageSync(), code -> JSPromise.callAsync(() -> failureOf(python, code)));
    }

    /** Runs the code: null when it ran, else the Python error's text. */
    private static JSString failureOf(Python python, String code) {
        try {
            python.run(code);
            return null;
        } catch (PythonError e) {
            return JSString.valueOf(e.getMessage());
        }
    }
}
