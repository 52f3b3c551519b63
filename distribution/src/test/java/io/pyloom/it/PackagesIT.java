package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.TestPage;
import io.pyloom.it.support.WheelBuilder;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The config's packages, offline, with wheels these tests build. */
class PackagesIT extends BrowserIT {

    private static final WheelBuilder HELLO = WheelBuilder.wheel("hello-pkg", "1.0")
            .file("hello_pkg/__init__.py", "VALUE = 'from a wheel'\n");
    private static final String WHEEL = HELLO.fileName();

    @BeforeAll
    static void start() throws Exception {
        open("packages-it", pages -> {
            HELLO.writeInto(Files.createDirectories(pages.root().resolve("wheels")));
        });
    }

    private static String run(String name, String type, String config, String code) {
        String path = pages.page(name, null, "<script type=\"" + type + "\" config='" + config + "'>\n" + code + "</script>\n");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            if (page.page().locator(".py-error").count() > 0) {
                return "ERROR " + page.page().locator(".py-error").textContent();
            }
            return page.text("script-py");
        }
    }

    private static final String SHOW = "from hello_pkg import VALUE\nfrom pyscript import display\ndisplay(VALUE)\n";

    @Test
    void aWheelUrlRelativeToTheConfig() {
        assertEquals("from a wheel", run("wheel-url", "py", "{\"packages\": [\"./wheels/" + WHEEL + "\"]}", SHOW));
    }

    @Test
    void aWheelOnTheInterpretersFileSystem() {
        String config = "{\"files\": {\"./wheels/" + WHEEL + "\": \"/tmp/w/\"}, \"packages\": [\"emfs:///tmp/w/" + WHEEL + "\"]}";
        assertEquals("from a wheel", run("wheel-emfs", "py", config, SHOW));
    }

    @Test
    void aNameOutsideTheLockFileNeedsMicropipAndSaysSo() {
        String result = run("micropip-missing", "py", "{\"packages\": [\"not-a-real-package>=1.2\"]}", SHOW);
        assertTrue(result.startsWith("ERROR (PY1001): micropip is needed to install not-a-real-package>=1.2 "
                + "(not in this interpreter's lock file) but could not be loaded: "), result);
    }

    @Test
    void aLockFilePackageWhoseWheelIsNotHostedIsNamed() {
        String result = run("lock-missing", "py", "{\"packages\": [\"six\"]}", SHOW);
        assertTrue(result.startsWith("ERROR (PY1001): Failed to install six: "), result);
    }

    @Test
    void aMissingWheelUrlIsNamed() {
        String result = run("wheel-missing", "py", "{\"packages\": [\"./wheels/nothing-1.0-py3-none-any.whl\"]}", SHOW);
        assertTrue(result.startsWith("ERROR (PY1001): Failed to install " + server.url("/wheels/nothing-1.0-py3-none-any.whl")),
                result);
    }

    @Test
    void microPythonSaysPackagesArePyodideOnly() {
        assertEquals("ERROR (PY1001): packages is a Pyodide-only option: MicroPython cannot install hello-pkg. "
                + "Copy the modules you need with files instead.", run("mpy-packages", "mpy", "{\"packages\": [\"hello-pkg\"]}", SHOW));
    }
}
