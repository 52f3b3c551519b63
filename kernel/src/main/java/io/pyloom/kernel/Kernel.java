package io.pyloom.kernel;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Plugin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.teavm.jso.dom.html.HTMLElement;

/** core.js's entry point on the main thread. */
public final class Kernel {

    private final List<Plugin> plugins = new ArrayList<>();
    private final HookRegistry pageHooks;
    private final Map<String, Session> sessions = new HashMap<>();

    private Kernel() {
        // Resolved at compile time: exactly the plugin bundles composed into this core.js.
        for (Plugin plugin : ServiceLoader.load(Plugin.class)) {
            plugins.add(plugin);
        }
        // For what happens before a page's config is known (or when it is broken): every plugin.
        pageHooks = HookRegistry.of(plugins, Set.of());
    }

    public static void main(String[] args) {
        Kernel kernel = new Kernel();
        // py:all-done waits for the tags present now, as in PyScript; later ones run but do not count.
        Discovery.dispatchAllDoneAfterInitialTags();
        for (HTMLElement element : Discovery.initialTags()) {
            kernel.take(element);
        }
        Discovery.watchForNewTags(kernel::take);
    }

    /** A tag found on the page: run it in its interpreter's session, or refuse it when it wants a worker. */
    private void take(HTMLElement element) {
        ScriptTag tag = ScriptTag.of(element);
        if (tag.wantsWorker()) {
            refuseWorker(tag);
            return;
        }
        sessions.computeIfAbsent(tag.type(),
                type -> new Session(Engine.forType(type), plugins, pageHooks)).submit(tag);
    }

    /** Workers are not started by this kernel yet: say so, never run the code here. */
    private void refuseWorker(ScriptTag tag) {
        pageHooks.report(new Failure(tag.type(), "This " + tag.type() + " script asks for a web worker, which "
                + "this core.js cannot start: it was not run.", tag.element()));
        Js.dispatch(tag.element(), tag.type() + ":done", Js.workerDetail(true));
    }
}
