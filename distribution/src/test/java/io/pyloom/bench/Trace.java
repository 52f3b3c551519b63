package io.pyloom.bench;

import com.microsoft.playwright.Browser.StartTracingOptions;
import io.pyloom.it.support.Browser;
import io.pyloom.it.support.PageEvents;
import io.pyloom.it.support.TestPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Chromium's own trace of one page load, cold or warm (after a first visit): main-thread tasks,
 * script streaming and compiles, user-timing marks, JavaScript samples, written to a file that
 * DevTools' Performance panel opens.
 * Tracing slows the page down, the samples most: use it to see where the time goes, and
 * bench/compare for how much. Run it with bench/trace URL OUT.json [warm].
 */
public final class Trace {

    private static final List<String> CATEGORIES = List.of("devtools.timeline", "disabled-by-default-devtools.timeline",
            "v8.execute", "v8", "blink.user_timing", "loading", "disabled-by-default-v8.cpu_profiler");

    public static void main(String[] args) throws Exception {
        try (Browser browser = new Browser(); TestPage page = browser.open()) {
            if (args.length > 2 && args[2].equals("warm")) { // a second visit: the trace of the reload
                page.navigate(args[0]);
                QuietWait.until(page.page(), Floor.SET + " || " + PageEvents.ALL_DONE);
            }
            browser.chromium().startTracing(page.page(), new StartTracingOptions().setCategories(CATEGORIES));
            page.navigate(args[0]);
            QuietWait.until(page.page(), Floor.SET + " || " + PageEvents.ALL_DONE);
            Files.write(Path.of(args[1]), browser.chromium().stopTracing());
        }
    }
}
