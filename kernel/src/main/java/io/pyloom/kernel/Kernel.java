package io.pyloom.kernel;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Plugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.ServiceLoader;
import org.teavm.jso.dom.html.HTMLElement;

/** core.js's entry point on the main thread. */
public final class Kernel {

    private Kernel() {
    }

    public static void main(String[] args) {
        // Resolved at compile time: exactly the plugin bundles composed into this core.js.
        List<Plugin> plugins = new ArrayList<>();
        for (Plugin plugin : ServiceLoader.load(Plugin.class)) {
            plugins.add(plugin);
        }
        // For what happens before a page's config is known (or when it is broken): every plugin.
        HookRegistry hooks = HookRegistry.of(plugins, Set.of());
        Map<String, List<ScriptTag>> byType = Discovery.scripts();
        refuseWorkerScripts(hooks);
        Countdown allDone = new Countdown(byType.size(),
                () -> Js.dispatchOnWindow("py:all-done"));
        for (Map.Entry<String, List<ScriptTag>> entry : byType.entrySet()) {
            Session session = new Session(Engine.forType(entry.getKey()), entry.getValue(), plugins, hooks);
            // Each interpreter loads and runs on its own thread, so Pyodide and MicroPython overlap.
            new Thread(() -> {
                try {
                    session.run();
                } finally {
                    allDone.countDown();
                }
            }).start();
        }
    }

    /** Workers are not started by this kernel yet: say so for each such tag, never run it here. */
    private static void refuseWorkerScripts(HookRegistry hooks) {
        for (HTMLElement element : Discovery.workerScripts()) {
            String type = element.getAttribute("type") != null ? element.getAttribute("type")
                    : Discovery.localName(element).startsWith("mpy") ? "mpy" : "py";
            hooks.report(new Failure(type, "This " + type + " script asks for a web worker, which this core.js "
                    + "cannot start: it was not run.", element));
            Js.dispatch(element, type + ":done", Js.workerDetail(true));
        }
    }
}
