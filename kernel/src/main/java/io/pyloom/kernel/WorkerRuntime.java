package io.pyloom.kernel;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.PythonError;
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
            Setup setup = new Setup(new Engine(type), hooks, true);
            Interpreter python = setup.interpreter(config);
            Session.setState(setup.state(), script.target(), null); // display()'s default target on the page
            WorkerRun run = new WorkerRun(script, python);
            hooks.notify(Hook.INTERPRETER_READY, run);
            JsHooks js = JsHooks.worker(script.hooks(), python, type);
            js.call("onReady");
            String code = script.code() != null ? script.code() : Js.fetchSource(script.src());
            script.ready();
            RunSequence.run(hooks, js, run, RunSequence.Scope.NONE, () -> python.run(code));
        } catch (KernelError | PythonError e) {
            hooks.report(new Failure(type, e.getMessage(), null));
        } catch (RuntimeException e) {
            hooks.report(new Failure(type, "Pyloom failed while running this worker script: " + e.getMessage(), null));
        } finally {
            script.done();
        }
    }
}
