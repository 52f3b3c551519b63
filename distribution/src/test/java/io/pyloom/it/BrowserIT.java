package io.pyloom.it;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.PageFolder;
import io.pyloom.it.support.PyloomServer;
import org.junit.jupiter.api.AfterAll;

/**
 * A browser suite: pages written into a folder of its own, served by a real pyloom.jar with
 * {@code --apps}, opened in Chromium. Suites run one at a time, so the fields are shared statics.
 */
abstract class BrowserIT {

    /** Writes what a suite's pages need before the server starts. */
    interface Setup {
        void write(PageFolder pages) throws Exception;
    }

    static PageFolder pages;
    static PyloomServer server;
    static Browser browser;

    static void open(String name, Setup setup) throws Exception {
        pages = new PageFolder(name);
        setup.write(pages);
        server = PyloomServer.start(name, "--apps", pages.root().toString());
        browser = new Browser();
    }

    @AfterAll
    static void closeSuite() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** A {@code <script type="T" ...>} tag with the given code. */
    static String script(String type, String attributes, String code) {
        return "<script type=\"" + type + "\" " + attributes + ">\n" + code + "</script>\n";
    }
}
