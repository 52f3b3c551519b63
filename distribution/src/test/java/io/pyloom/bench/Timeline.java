package io.pyloom.bench;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.PageEvents;
import io.pyloom.it.support.TestPage;
import java.util.List;

/**
 * Where the time of one cold page load goes: every resource (start, end, size) and every
 * performance mark and kernel event, in ms since navigation. Run it with bench/timeline URL...
 */
public final class Timeline {

    public static void main(String[] args) {
        try (Browser browser = new Browser()) {
            for (String url : args) {
                try (TestPage page = browser.open()) {
                    page.navigate(url);
                    // A kernel page ends with py:all-done; a floor page sets window.__floor.
                    QuietWait.until(page.page(), Floor.SET + " || " + PageEvents.ALL_DONE);
                    System.out.println(url);
                    print(page.page().evaluate("() => [...performance.getEntriesByType('resource').map(r => ["
                            + "r.startTime, r.responseEnd, 'fetch ' + new URL(r.name).pathname + ' ' + r.encodedBodySize + ' B']),"
                            + "...performance.getEntriesByType('mark').map(m => [m.startTime, m.startTime, 'mark ' + m.name]),"
                            + "...(window.__floor ? [[window.__floor, window.__floor, 'floor']] : []),"
                            + "...(window.__events || []).map(e => [e.t, e.t, 'event ' + e.name])].sort((a, b) => a[0] - b[0])"));
                    System.out.println();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void print(Object rows) {
        for (List<Object> row : (List<List<Object>>) rows) {
            double start = ((Number) row.get(0)).doubleValue();
            double end = ((Number) row.get(1)).doubleValue();
            System.out.printf("%8.1f %8.1f  %s%n", start, end, row.get(2));
        }
    }
}
