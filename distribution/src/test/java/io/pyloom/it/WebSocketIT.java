package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import io.pyloom.it.support.EchoWebSocketServer;
import io.pyloom.it.support.TestPage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pyscript.WebSocket against a real WebSocket server on loopback, on both interpreters, on the
 * main thread and in workers: handlers as attributes and as arguments, async handlers, text and
 * binary data; a refused connection is reported in the banner.
 */
class WebSocketIT extends BrowserIT {

    private static EchoWebSocketServer echo;

    private static final String ATTRIBUTES = """
            from pyscript import WebSocket, display
            seen = []

            def opened(event):
                ws.send("hello")

            def received(event):
                data = event.data
                seen.append(f"{type(data).__name__}:{bytes(data) if not isinstance(data, str) else data}")
                if isinstance(data, str):
                    ws.send(bytearray(b"\\x00\\x01\\xff"))
                else:
                    ws.close(1000, "done")

            def closed(event):
                seen.append(f"closed {event.code} {event.reason}")
                display(" | ".join(seen), target="out")

            ws = WebSocket("%s")
            ws.onopen = opened
            ws.onmessage = received
            ws.onclose = closed
            """;

    private static final String ARGUMENTS = """
            import asyncio
            from pyscript import WebSocket, display

            async def received(event):
                await asyncio.sleep(0.01)
                display(f"async got {event.data}, state {ws.readyState == WebSocket.OPEN}", target="out")
                ws.close()

            ws = WebSocket(url="%s", onopen=lambda event: ws.send("text"), onmessage=received)
            """;

    private static final String REFUSED = """
            from pyscript import WebSocket
            ws = WebSocket("%s")
            """;

    @BeforeAll
    static void start() throws Exception {
        echo = new EchoWebSocketServer();
        open("websocket-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                for (String where : List.of("main", "worker")) {
                    String attributes = where.equals("worker") ? "worker" : "";
                    pages.page(type + "-" + where + "-attributes", null,
                            "<div id=\"out\"></div>" + script(type, attributes, ATTRIBUTES.formatted(echo.url("/echo"))));
                    pages.page(type + "-" + where + "-arguments", null,
                            "<div id=\"out\"></div>" + script(type, attributes, ARGUMENTS.formatted(echo.url("/echo"))));
                }
                pages.page(type + "-refused", null, script(type, "", REFUSED.formatted(echo.url("/refuse"))));
            }
        });
    }

    @AfterAll
    static void stopEcho() throws Exception {
        echo.close();
    }

    private static String out(String page) {
        try (TestPage browserPage = browser.open()) {
            browserPage.navigate(server.url("/" + page + ".html")).awaitAllDone();
            Locator out = browserPage.page().locator("#out:not(:empty)");
            out.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
            return out.innerText();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py-main", "mpy-main", "py-worker", "mpy-worker" })
    void handlersSetAsAttributesSeeTextAndBinaryData(String where) {
        assertEquals("str:hello | memoryview:b'\\x00\\x01\\xff' | closed 1000 done", out(where + "-attributes"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "py-main", "mpy-main", "py-worker", "mpy-worker" })
    void handlersGivenAsArgumentsMayBeAsync(String where) {
        assertEquals("async got text, state True", out(where + "-arguments"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aRefusedConnectionIsReportedInTheBanner(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-refused.html")).awaitAllDone();
            Locator banner = page.page().locator(".py-error");
            banner.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
            String text = banner.innerText();
            assertTrue(text.equals("WebSocket " + echo.url("/refuse") + ": the connection failed or was cut (close code 1006);"
                    + " set onerror to handle it"), text);
        }
    }
}
