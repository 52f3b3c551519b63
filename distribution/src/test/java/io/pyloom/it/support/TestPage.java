package io.pyloom.it.support;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A browser page under test, with the console lines and kernel events it saw. */
public final class TestPage implements AutoCloseable {

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
        PageEvents.awaitAllDone(page, console);
        return this;
    }

    /** The kernel events seen so far, in order: name, target, worker, bubbles, t. */
    public List<Map<String, Object>> events() {
        return PageEvents.recorded(page);
    }

    public String text(String selector) {
        return page.locator(selector).innerText();
    }

    @Override
    public void close() {
        page.context().close();
    }
}
