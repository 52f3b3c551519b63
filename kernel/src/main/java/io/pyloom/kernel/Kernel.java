package io.pyloom.kernel;

import io.pyloom.kernel.spi.ElementHandler;
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
    private String[] composedNames;

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
        kernel.watchPluginElements();
    }

    /** Elements plugins take (their own script types), and those of plugins this core.js lacks. */
    private void watchPluginElements() {
        for (ElementHandler handler : pageHooks.of(Hook.ELEMENTS)) {
            Discovery.watchElements(handler.selector(), element -> hand(handler, element));
        }
        for (String selector : Scripts.pluginTags().missingSelectors(composed())) {
            Discovery.watchElements(selector, this::refuseForMissingPlugin);
        }
    }

    private void hand(ElementHandler handler, HTMLElement element) {
        try {
            handler.found(element);
        } catch (RuntimeException e) {
            pageHooks.report(new Failure("", "A plugin failed to take " + Scripts.page().openingTag(element) + ": "
                    + e.getMessage(), element));
        }
    }

    /** The names of the plugins composed into this core.js, asked for each tag: made once. */
    private String[] composed() {
        if (composedNames == null) {
            composedNames = new String[plugins.size()];
            for (int i = 0; i < composedNames.length; i++) {
                composedNames[i] = plugins.get(i).name();
            }
        }
        return composedNames;
    }

    /** A tag of a plugin this core.js was composed without: the page hears which plugin, and it is not run. */
    private void refuseForMissingPlugin(HTMLElement element) {
        String plugin = Scripts.pluginTags().missingPluginOf(element, composed());
        String type = Scripts.page().typeOf(element);
        boolean script = type.equals("py") || type.equals("mpy");
        pageHooks.report(new Failure(script ? type : "", "This page's " + Scripts.page().openingTag(element)
                + " needs the " + plugin + " plugin, which this core.js was composed without: it was not run. "
                + "Name it in core.js's ?plugins= beside the others the page needs.", element));
        if (script) {
            Js.dispatch(element, type + ":done", Js.workerDetail(element.hasAttribute("worker")));
        }
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
        if (Scripts.pluginTags().missingPluginOf(element, composed()) != null) {
            return; // refused, with the plugin's name, by watchPluginElements
        }
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
        pageHooks.startWorker(WorkerRequest.of(tag, pageHooks));
    }
}
