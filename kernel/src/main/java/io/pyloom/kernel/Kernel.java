package io.pyloom.kernel;

import io.pyloom.kernel.spi.Plugin;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** core.js's entry point on the main thread. */
public final class Kernel {

    private Kernel() {
    }

    public static void main(String[] args) {
        HookRegistry hooks = new HookRegistry();
        // Resolved at compile time: exactly the plugin bundles composed into this core.js.
        for (Plugin plugin : ServiceLoader.load(Plugin.class)) {
            plugin.install(hooks);
        }
        Map<String, List<ScriptTag>> byType = Discovery.scripts();
        Countdown allDone = new Countdown(byType.size(),
                () -> Js.dispatch(Js.window(), "py:all-done", null));
        for (Map.Entry<String, List<ScriptTag>> entry : byType.entrySet()) {
            Session session = new Session(Engine.forType(entry.getKey()), entry.getValue(), hooks);
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
}
