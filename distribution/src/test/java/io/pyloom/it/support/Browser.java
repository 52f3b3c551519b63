package io.pyloom.it.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's headless Chromium through Playwright: one browser per suite, a fresh context per page. */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        this(List.of());
    }

    /** With more Chromium switches (fake cameras, for one). */
    public Browser(List<String> switches) {
        List<String> args = new java.util.ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // gc() for tests that watch references being released (workers included)
                "--js-flags=--expose-gc"));
        args.addAll(switches);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("pyloom.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(args));
    }

    /** A new page in a new context, recording events and console messages. */
    public TestPage open() {
        return open(new NewContextOptions());
    }

    /** The same, with the context's own options (time zone, locale, user agent). */
    public TestPage open(NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.addInitScript(PageEvents.RECORD);
        Page page = context.newPage();
        TestPage testPage = new TestPage(page);
        page.onConsoleMessage(message -> testPage.console().add(message.type() + ": " + message.text()));
        page.onPageError(error -> testPage.console().add("pageerror: " + error));
        return testPage;
    }

    /** The Playwright browser itself, for what only it does (Chromium's trace). */
    public com.microsoft.playwright.Browser chromium() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
