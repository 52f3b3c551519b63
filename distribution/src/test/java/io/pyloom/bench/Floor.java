package io.pyloom.bench;

import io.pyloom.it.support.TestPage;

/** The floor pages (bench/pages): an interpreter alone, which sets {@code window.__floor} once it has run. */
final class Floor {

    /** A JavaScript expression, true once a floor page has run its one statement. */
    static final String SET = "window.__floor !== undefined";

    private Floor() {
    }

    /** Loads the floor page; its time to its one statement, in ms from navigation. */
    static double time(TestPage page, String url) {
        page.navigate(url);
        QuietWait.until(page.page(), SET);
        return ((Number) page.page().evaluate("() => window.__floor")).doubleValue();
    }
}
