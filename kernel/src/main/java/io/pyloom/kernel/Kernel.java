package io.pyloom.kernel;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.WorkerBoot;
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
        Js.mark("kernel");
        Kernel kernel = new Kernel();
        if (Js.inWorker()) {
            kernel.bootWorker();
            return;
        }
        Setup.exportStarter(kernel.pageHooks);
        // py:all-done waits for the tags present now, as in PyScript; later ones run but do not count.
        Discovery.dispatchAllDoneAfterInitialTags();
        java.util.List<HTMLElement> later = new java.util.ArrayList<>();
        for (HTMLElement element : Discovery.initialTags()) {
            if (WorkerTargets.numberedLater(element)) {
                later.add(element);
            } else {
                kernel.take(element);
            }
        }
        later.forEach(kernel::take);
        Discovery.watchForNewTags(kernel::take);
        Scripts.eventAttributes().watchEventAttributes();
    }

    /** core.js inside a web worker: the plugin that starts workers takes over from here. */
    private void bootWorker() {
        List<WorkerBoot> boots = pageHooks.of(Hook.WORKER_BOOT);
        if (boots.isEmpty()) {
            Js.consoleError("core.js was started in a web worker, but has no plugin to run worker scripts.");
            return;
        }
        boots.get(0).boot(new WorkerRuntime(plugins, pageHooks));
    }

    /** A tag found on the page: run it in its interpreter's session, or hand it to the worker starter. */
    private void take(HTMLElement element) {
        ScriptTag tag = ScriptTag.of(element);
        if (tag.wantsWorker()) {
            startWorker(tag);
            return;
        }
        sessions.computeIfAbsent(tag.type(),
                type -> new Session(new Engine(type), plugins, pageHooks)).submit(tag);
    }

    /** A worker tag goes to the worker plugin; without one, it is refused (never run on the main thread). */
    private void startWorker(ScriptTag tag) {
        String refusal = tag.contentConflict();
        if (refusal == null && pageHooks.of(Hook.START_WORKER).isEmpty()) {
            refusal = "This " + tag.type() + " script asks for a web worker, which this core.js cannot start "
                    + "(it was composed without the worker plugin): it was not run.";
        }
        if (refusal != null) {
            pageHooks.report(new Failure(tag.type(), refusal, tag.element()));
            Js.dispatch(tag.element(), tag.type() + ":done", Js.workerDetail(true));
            return;
        }
        pageHooks.of(Hook.START_WORKER).get(0).start(WorkerRequest.of(tag, pageHooks));
    }
}
