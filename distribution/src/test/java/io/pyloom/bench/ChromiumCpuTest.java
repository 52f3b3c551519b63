package io.pyloom.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.TestPage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChromiumCpuTest {

    @Test
    void countsTheCpuAPageSpends() {
        assumeTrue(ChromiumCpu.available(), "this machine has no scheduler statistics");
        try (Browser browser = new Browser(); TestPage page = browser.open()) {
            Map<String, Long> before = ChromiumCpu.read();
            assertFalse(before.isEmpty(), "Chromium's threads were not found");
            page.page().evaluate("() => { const end = performance.now() + 1000; while (performance.now() < end) {} }");
            double spent = ChromiumCpu.msSince(before);
            // A second of wall time is less CPU time when the machine is shared (a VM's host takes its
            // share: 15% was seen); an idle page, or threads not counted, gives a few ms at most.
            assertTrue(spent >= 100 && spent < 10_000, "a second of busy page counted as " + spent + " ms");
        }
    }

    @Test
    void leavesOutThreadsThatHaveEnded() {
        assumeTrue(ChromiumCpu.available(), "this machine has no scheduler statistics");
        // No thread has this id: one that ended since the reading must not count as negative time.
        Map<String, Long> earlier = Map.of("999999999/999999999", 1_000_000_000_000L);
        assertTrue(ChromiumCpu.msSince(earlier) >= 0, "an ended thread was subtracted");
    }
}
