package io.pyloom.it;

import io.pyloom.it.support.Browser;
import io.pyloom.it.support.Http;
import io.pyloom.it.support.PageFolder;
import io.pyloom.it.support.PyloomServer;
import io.pyloom.it.support.StaticHost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * A browser suite: a real pyloom.jar (serving pages written into a folder of its own with
 * {@code --apps}, or what it serves by itself), opened in Chromium. Suites run one at a time, so
 * the fields are shared statics, closed after each suite.
 */
abstract class BrowserIT {

    /** Writes what a suite's pages need before the server starts. */
    interface Setup {
        void write(PageFolder pages) throws Exception;
    }

    static PageFolder pages;
    static PyloomServer server;
    static Browser browser;
    /** Requests to the suite's server. */
    static Http http;
    /** A plain static server, for suites whose pages must also load from a host that is not Pyloom. */
    static StaticHost host;

    /** Writes the suite's pages, then serves them with {@code --apps} (and these arguments). */
    static void open(String name, Setup setup, String... serverArgs) throws Exception {
        pages = new PageFolder(name);
        setup.write(pages);
        List<String> args = new ArrayList<>(List.of("--apps", pages.root().toString()));
        args.addAll(List.of(serverArgs));
        serve(name, args.toArray(new String[0]));
    }

    /** Starts pyloom.jar with these arguments, and the browser. */
    static void serve(String name, String... serverArgs) throws Exception {
        server = PyloomServer.start(name, serverArgs);
        http = Http.to(server);
        browser = new Browser();
    }

    @AfterAll
    static void closeSuite() {
        if (host != null) {
            host.close();
            host = null;
        }
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
            http = null;
        }
    }
}
