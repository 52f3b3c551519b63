package io.pyloom.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

/**
 * Chromium's network emulation for one page: what a page load costs away from loopback, where
 * bytes on the wire and round trips count. Throughput applies to the bytes as sent (gzipped or not).
 */
final class SlowNetwork {

    static final int MEGABITS = 10;
    static final int LATENCY_MS = 40;

    private SlowNetwork() {
    }

    static void emulate(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", LATENCY_MS);
        conditions.addProperty("downloadThroughput", MEGABITS * 1_000_000 / 8);
        conditions.addProperty("uploadThroughput", MEGABITS * 1_000_000 / 8);
        cdp.send("Network.emulateNetworkConditions", conditions);
    }

    static String describe() {
        return MEGABITS + " Mbit/s each way, " + LATENCY_MS + " ms added to each request";
    }
}
