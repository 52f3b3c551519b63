package io.pyloom.it.support;

import com.microsoft.playwright.Page;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A browser page under test, with the console lines and kernel events it saw. */
public final class TestPage implements AutoCloseable {

    /** Pyodide pages take seconds on two cores; a wasm MIME mistake would hang, so never forever. */
    static final double TERMINAL_TIMEOUT_MS = 60_000;

    private final Page page;
    private final List<String> console = new CopyOnWriteArrayList<>();

    TestPage(Page page) {
        this.page = page;
    }

    public Page page() {
        return page;
    }

    public List<String> console() {
        return console;
    }

    public TestPage navigate(String url) {
        page.navigate(url);
        return this;
    }

    /** Waits for py:all-done; fails with the console when it never comes. */
    public TestPage awaitAllDone() {
        try {
            page.waitForFunction("() => window.__events.some(e => e.name === 'py:all-done')", null,
                    new Page.WaitForFunctionOptions().setTimeout(TERMINAL_TIMEOUT_MS));
        } catch (RuntimeException e) {
            throw new AssertionError("py:all-done never fired on " + page.url() + "; console: " + console, e);
        }
        return this;
    }

    /** The kernel events seen so far, in order: name, target, worker, bubbles, t. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> events() {
        Object events = page.evaluate("() => window.__events");
        return events == null ? Collections.emptyList() : (List<Map<String, Object>>) events;
    }

    public String text(String selector) {
        return page.locator(selector).innerText();
    }

    @Override
    public void close() {
        page.context().close();
    }
}
