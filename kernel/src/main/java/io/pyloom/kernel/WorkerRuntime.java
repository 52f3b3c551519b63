package io.pyloom.kernel;

import io.pyloom.kernel.spi.CodeHook;
import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.PythonError;
import io.pyloom.kernel.spi.RunListener;
import io.pyloom.kernel.spi.WorkerKernel;
import io.pyloom.kernel.spi.WorkerScript;
import java.util.List;

/** The kernel inside a web worker: one script, its own config, every hook, failures reported. */
final class WorkerRuntime implements WorkerKernel {

    private final List<Plugin> plugins;
    private final HookRegistry bootHooks;

    WorkerRuntime(List<Plugin> plugins, HookRegistry bootHooks) {
        this.plugins = plugins;
        this.bootHooks = bootHooks;
    }

    @Override
    public void run(WorkerScript script) {
        Js.setWorkerBase(script.base());
        String type = script.type();
        HookRegistry hooks = bootHooks;
        try {
            PageConfig config = script.config() == null ? PageConfig.none(type)
                    : ConfigText.parse(type, script.config(), null);
            hooks = HookRegistry.of(plugins, config.disabledPlugins());
            Interpreter python = new Setup(Engine.forType(type), hooks, true).interpreter(config);
            WorkerRun run = new WorkerRun(script, python);
            notify(hooks, Hook.INTERPRETER_READY, run);
            String code = script.code() != null ? script.code() : fetchSource(script.src());
            script.ready();
            notify(hooks, Hook.BEFORE_RUN, run);
            notify(hooks, Hook.BEFORE_RUN_ASYNC, run);
            runCode(hooks, run, Hook.CODE_BEFORE_RUN);
            python.run(code);
            runCode(hooks, run, Hook.CODE_AFTER_RUN);
            notify(hooks, Hook.AFTER_RUN, run);
            notify(hooks, Hook.AFTER_RUN_ASYNC, run);
        } catch (KernelError | PythonError e) {
            hooks.report(new Failure(type, e.getMessage(), null));
        } catch (RuntimeException e) {
            hooks.report(new Failure(type, "Pyloom failed while running this worker script: " + e.getMessage(), null));
        } finally {
            script.done();
        }
    }

    private static String fetchSource(String url) throws KernelError {
        Promises.Outcome outcome = Promises.settle(Js.fetchText(url)).await();
        if (!outcome.isOk()) {
            throw new KernelError(Js.errorMessage(outcome.getError()));
        }
        return Promises.text(outcome);
    }

    private static void runCode(HookRegistry hooks, WorkerRun run, Hook<CodeHook> hook) throws PythonError {
        for (CodeHook codeHook : hooks.of(hook)) {
            String code = codeHook.code(run);
            if (code != null && !code.isEmpty()) {
                run.python().run(code);
            }
        }
    }

    private static void notify(HookRegistry hooks, Hook<RunListener> hook, WorkerRun run) {
        for (RunListener listener : hooks.of(hook)) {
            listener.on(run);
        }
    }
}
