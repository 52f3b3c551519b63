package io.pyloom.it.support;

import com.microsoft.playwright.Page;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Pyloom's page events (mpy:ready, py:ready, mpy:done, py:done, py:all-done) as the tests see them:
 * recorded into {@code window.__events} from the page's start, read back, and waited for.
 */
public final class PageEvents {

    /** Records the kernel's events from the start, before a fast ready could be missed. */
    public static final String RECORD = """
            window.__events = [];
            window.__progress = [];
            for (const name of ['py:progress', 'mpy:progress']) {
              window.addEventListener(name, (e) => window.__progress.push(name + ' ' + e.detail));
            }
            for (const name of ['mpy:ready', 'py:ready', 'mpy:done', 'py:done', 'py:all-done']) {
              window.addEventListener(name, (e) => window.__events.push({
                name, target: e.target === window ? 'window' : (e.target.id || e.target.localName),
                worker: e.detail ? e.detail.worker : null, bubbles: e.bubbles, t: performance.now() }), true);
            }
            """;

    /** A JavaScript expression, true in the page once py:all-done has fired. */
    public static final String ALL_DONE = "(window.__events || []).some(e => e.name === 'py:all-done')";

    /** Pyodide pages take seconds on two cores; a wasm MIME mistake would hang, so never forever. */
    static final double TERMINAL_TIMEOUT_MS = 60_000;

    private PageEvents() {
    }

    /** Waits for py:all-done; fails with the console when it never comes. */
    public static void awaitAllDone(Page page, List<String> console) {
        try {
            page.waitForFunction("() => " + ALL_DONE, null,
                    new Page.WaitForFunctionOptions().setTimeout(TERMINAL_TIMEOUT_MS));
        } catch (RuntimeException e) {
            throw new AssertionError("py:all-done never fired on " + page.url() + "; console: " + console, e);
        }
    }

    /** The events seen so far, in order: name, target, worker, bubbles, t. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> recorded(Page page) {
        Object events = page.evaluate("() => window.__events");
        return events == null ? Collections.emptyList() : (List<Map<String, Object>>) events;
    }

    /** The events' names, in order. */
    public static List<Object> names(List<Map<String, Object>> events) {
        return events.stream().map(e -> e.get("name")).toList();
    }

    /** When the first event of this name fired, in ms since navigation; empty when none did. */
    public static OptionalDouble first(List<Map<String, Object>> events, String name) {
        return events.stream().filter(e -> name.equals(e.get("name")))
                .mapToDouble(e -> ((Number) e.get("t")).doubleValue()).findFirst();
    }

    /** When the last event of this name fired, in ms since navigation; empty when none did. */
    public static OptionalDouble last(List<Map<String, Object>> events, String name) {
        return events.stream().filter(e -> name.equals(e.get("name")))
                .mapToDouble(e -> ((Number) e.get("t")).doubleValue()).reduce((earlier, later) -> later);
    }
}
