package io.pyloom.kernel;

import io.pyloom.kernel.spi.CodeHook;
import io.pyloom.kernel.spi.ErrorListener;
import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.PythonError;
import io.pyloom.kernel.spi.Run;
import io.pyloom.kernel.spi.RunListener;
import io.pyloom.kernel.spi.WorkerScript;
import io.pyloom.kernel.spi.WorkerStarter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** The listeners plugins added, per hook. */
final class HookRegistry implements Hooks {

    private final Map<Hook<?>, List<Object>> listeners = new HashMap<>();
    private final Set<String> installed = new HashSet<>();

    /** A registry with every plugin installed but those named in {@code disabled}. */
    static HookRegistry of(List<Plugin> plugins, Set<String> disabled) {
        HookRegistry registry = new HookRegistry();
        for (Plugin plugin : plugins) {
            if (!disabled.contains(plugin.name())) {
                plugin.install(registry);
                registry.installed.add(plugin.name());
            }
        }
        return registry;
    }

    @Override
    public boolean inWorker() {
        return Js.inWorker();
    }

    @Override
    public String coreUrl() {
        return Composition.coreUrl();
    }

    @Override
    public JSPromise<JSObject> importModule(String name) {
        return Scripts.net().importLazy(Composition.lazyFolderUrl() + "js/" + name + ".js");
    }

    @Override
    public JSObject startWorker(WorkerScript script) {
        List<WorkerStarter> starters = of(Hook.START_WORKER);
        return starters.isEmpty() ? null : starters.get(0).start(script);
    }

    /** Whether a plugin of that name was installed here. */
    boolean has(String plugin) {
        return installed.contains(plugin);
    }

    @Override
    public <L> void add(Hook<L> hook, L listener) {
        if (hook == null || listener == null) {
            throw new IllegalArgumentException("hook and listener are required");
        }
        listeners.computeIfAbsent(hook, h -> new ArrayList<>()).add(listener);
    }

    @SuppressWarnings("unchecked")
    <L> List<L> of(Hook<L> hook) {
        List<Object> list = listeners.get(hook);
        return list == null ? Collections.emptyList() : (List<L>) list;
    }

    /** Calls a run hook's listeners in order. */
    void notify(Hook<RunListener> hook, Run run) {
        for (RunListener listener : of(hook)) {
            listener.on(run);
        }
    }

    /** Runs the Python a code hook's listeners return, in order, in the run's interpreter. */
    void runCode(Hook<CodeHook> hook, Run run) throws PythonError {
        for (CodeHook codeHook : of(hook)) {
            String code = codeHook.code(run);
            if (code != null && !code.isEmpty()) {
                run.python().run(code);
            }
        }
    }

    /** Reports a failure on the console, then to every error listener. */
    @Override
    public void report(Failure failure) {
        Js.consoleError(failure.message());
        for (ErrorListener listener : of(Hook.ERROR)) {
            try {
                listener.onError(failure);
            } catch (RuntimeException e) {
                Js.consoleError("An error listener failed: " + e.getMessage());
            }
        }
    }
}
