package io.pyloom.bench;

import com.microsoft.playwright.Page;

/**
 * Waits for a condition in the page's own world, polled by the page's timers. Playwright's
 * waitForFunction first injects its own script, and that runs on the page's main thread in the
 * middle of a start-up being timed.
 */
final class QuietWait {

    private static final int TIMEOUT_MS = 120_000;

    private QuietWait() {
    }

    /** @param condition a JavaScript expression, true once the page is done */
    static void until(Page page, String condition) {
        page.evaluate("() => new Promise((resolve, reject) => { const start = performance.now();"
                + " const check = () => (" + condition + ") ? resolve()"
                + "   : performance.now() - start > " + TIMEOUT_MS + " ? reject(new Error('never true: ' + "
                + quoted(condition) + ")) : setTimeout(check, 50);"
                + " check(); })");
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
