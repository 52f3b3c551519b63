package io.pyloom.bench;

import com.microsoft.playwright.Worker;
import io.pyloom.it.support.Browser;
import io.pyloom.it.support.PageEvents;
import io.pyloom.it.support.TestPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where the time of one cold page load (or with --warm, of a second visit) goes: every resource
 * (start, end, size) and every performance mark and kernel event, the page's and its workers', in
 * ms since navigation, then the console. Run it with bench/timeline [--warm] URL...
 */
public final class Timeline {

    public static void main(String[] args) {
        try (Browser browser = new Browser()) {
            boolean warm = args.length > 0 && args[0].equals("--warm");
            for (String url : warm ? Arrays.copyOfRange(args, 1, args.length) : args) {
                try (TestPage page = browser.open()) {
                    for (int visit = warm ? 2 : 1; visit > 0; visit--) { // warm: the second visit's
                        page.navigate(url);
                        // A kernel page ends with py:all-done; a floor page sets window.__floor.
                        QuietWait.until(page.page(), Floor.SET + " || " + PageEvents.ALL_DONE);
                    }
                    System.out.println(url);
                    List<List<Object>> rows = new ArrayList<>(entries(page.page().evaluate(ENTRIES + ","
                            + "...(window.__floor ? [[window.__floor, window.__floor, 'floor']] : []),"
                            + "...(window.__events || []).map(e => [e.t, e.t, 'event ' + e.name])]"), 0, ""));
                    double origin = ((Number) page.page().evaluate("() => performance.timeOrigin")).doubleValue();
                    for (Worker worker : page.page().workers()) { // on the page's clock
                        double shift = ((Number) worker.evaluate("() => performance.timeOrigin")).doubleValue() - origin;
                        rows.add(List.of(shift, shift, "worker started"));
                        rows.addAll(entries(worker.evaluate(ENTRIES + "]"), shift, "worker "));
                    }
                    rows.sort(Comparator.comparingDouble(row -> ((Number) row.get(0)).doubleValue()));
                    print(rows);
                    page.console().forEach(line -> System.out.println("console: " + line));
                    System.out.println();
                }
            }
        }
    }

    /** Resources and marks of a page or a worker, as [start, end, what]: close the array after it. */
    private static final String ENTRIES = "() => [...performance.getEntriesByType('resource').map(r => ["
            + "r.startTime, r.responseEnd, 'fetch ' + new URL(r.name).pathname + ' ' + r.encodedBodySize + ' B']),"
            + "...performance.getEntriesByType('mark').map(m => [m.startTime, m.startTime, 'mark ' + m.name])";

    @SuppressWarnings("unchecked")
    private static List<List<Object>> entries(Object rows, double shift, String prefix) {
        List<List<Object>> shifted = new ArrayList<>();
        for (List<Object> row : (List<List<Object>>) rows) {
            shifted.add(List.of(((Number) row.get(0)).doubleValue() + shift, ((Number) row.get(1)).doubleValue() + shift,
                    prefix + row.get(2)));
        }
        return shifted;
    }

    private static void print(List<List<Object>> rows) {
        for (List<Object> row : rows) {
            double start = ((Number) row.get(0)).doubleValue();
            double end = ((Number) row.get(1)).doubleValue();
            System.out.printf("%8.1f %8.1f  %s%n", start, end, row.get(2));
        }
    }
}
