package io.pyloom.it.support;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

/**
 * Chromium's network emulation for one page: what a load costs away from loopback, where bytes
 * on the wire and round trips count. Throughput applies to the bytes as sent (gzipped or not).
 */
public final class SlowNetwork {

    private SlowNetwork() {
    }

    /** @param latencyMs added to each request */
    public static void emulate(Page page, int megabits, int latencyMs) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", latencyMs);
        conditions.addProperty("downloadThroughput", megabits * 1_000_000 / 8);
        conditions.addProperty("uploadThroughput", megabits * 1_000_000 / 8);
        cdp.send("Network.emulateNetworkConditions", conditions);
    }
}
