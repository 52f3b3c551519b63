package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.microsoft.playwright.Page;
import io.pyloom.it.support.TestPage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages under a strict Content-Security-Policy ({@code script-src 'self' 'wasm-unsafe-eval'}, no
 * {@code unsafe-eval}, no inline script): both interpreters, TOML config, js_import, a worker and the
 * error banner all work, and the browser reports no violation but the one the test provokes. The
 * server sends the policy with every response too, so the worker runs under it: there its runtime
 * cannot come from a blob: URL, and is imported as it is.
 */
class CspIT extends BrowserIT {

    static final String POLICY = "script-src 'self' 'wasm-unsafe-eval'";

    @BeforeAll
    static void start() throws Exception {
        open("csp-it", pages -> {
            // Records violations; loaded from 'self', so the policy lets it run.
            pages.write("csp-watch.js", "window.__violations = [];\n"
                    + "document.addEventListener('securitypolicyviolation', e =>"
                    + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));\n");
            pages.write("answer.js", "export const answer = 'imported';\n");
            pages.write("strict.html", """
                    <!doctype html>
                    <html><head><meta charset="utf-8">
                    <meta http-equiv="Content-Security-Policy" content="%s">
                    <title>strict</title>
                    <script src="csp-watch.js"></script>
                    <link rel="stylesheet" href="/pyloom/core.css">
                    <script type="module" src="/pyloom/core.js"></script>
                    </head><body>
                    <div id="mpy-out"></div><div id="py-out"></div><div id="worker-out"></div>
                    <script>document.body.dataset.inline = "ran";</script>
                    <mpy-config>
                    answer = 42
                    </mpy-config>
                    <script type="mpy">
                    from pyscript import display, config, js_import
                    module, = await js_import("./answer.js")
                    display("mpy", config["answer"], module.answer, target="mpy-out")
                    </script>
                    <script type="py">
                    from pyscript import display
                    display("py ran", target="py-out")
                    </script>
                    <script type="mpy" worker>
                    from pyscript import document
                    document.getElementById("worker-out").textContent = "worker ran"
                    </script>
                    <script type="mpy">
                    raise ValueError("shown under CSP")
                    </script>
                    </body></html>
                    """.formatted(POLICY));
        }, "--header=Content-Security-Policy: " + POLICY);
    }

    @Test
    void everythingRunsUnderAStrictPolicy() {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/strict.html")).awaitAllDone();
            Page p = page.page();
            p.waitForSelector("#worker-out:not(:empty)", new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertNull(p.getAttribute("body", "data-inline"), "the policy is in force: inline script did not run");
            assertEquals("mpy42imported", page.text("#mpy-out").replace("\n", "").replace(" ", ""),
                    p.locator(".py-error").allTextContents() + " " + page.console());
            assertEquals("py ran", page.text("#py-out"));
            assertEquals("worker ran", page.text("#worker-out"));
            assertEquals("ValueError: shown under CSP", lastLine(page.text(".py-error")));
            // once for each copy of the policy (the response's and the meta tag's)
            assertEquals(List.of("script-src-elem inline", "script-src-elem inline"), p.evaluate("() => window.__violations"),
                    "only the provoked violation: " + page.console());
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
