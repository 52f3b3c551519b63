package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser.NewContextOptions;
import io.pyloom.it.support.StaticHost;
import io.pyloom.it.support.TestPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pyodide from the server's snapshot, as a page on another origin loads it: with a copy of the very
 * build from that origin (matched by build id and standard library), never with another build or
 * another standard library; and started from it, Python sees the browser's time zone, locale and
 * files, as a fresh start would.
 */
class SnapshotIT extends BrowserIT {

    private static final String BUILD = "pyodide/314.0.7";
    private static final String STARTED = "pyloom:py started from a snapshot";

    /** What a start leaves Python with, from the engine it runs on. */
    private static final String PROBE = """
            def probe():
                import json, os, sys, time
                from importlib.machinery import FileFinder
                def stale(path, finder):
                    return isinstance(finder, FileFinder) and finder._path_mtime not in (-1, os.stat(path or ".").st_mtime)
                return json.dumps({"environ": dict(os.environ), "tzname": list(time.tzname), "timezone": time.timezone,
                    "altzone": time.altzone, "daylight": time.daylight,
                    "localtime": time.strftime("%H %Z", time.localtime(0)),
                    "stale_finders": [p for p, f in sys.path_importer_cache.items() if os.path.isdir(p or ".") and stale(p, f)]})
            """;

    @BeforeAll
    static void start() throws Exception {
        serve("snapshot-it");
        Path site = Files.createTempDirectory("pyloom-snapshot-site");
        Path interpreter = Path.of("target/interpreters").resolve(BUILD);
        copyPyodide(interpreter, site.resolve("same"));
        copyPyodide(interpreter, site.resolve("other-build"));
        Path module = site.resolve("other-build/pyodide.mjs");
        String source = Files.readString(module);
        Files.writeString(module, source.replaceFirst("BUILD_ID:\"[0-9a-f]{64}\"", "BUILD_ID:\"" + "0".repeat(64) + "\""));
        copyPyodide(interpreter, site.resolve("other-stdlib"));
        addToZip(site.resolve("other-stdlib/python_stdlib.zip"), "pyloom_extra.py", "# not in the build\n");
        for (String folder : List.of("same", "other-build", "other-stdlib")) {
            Files.writeString(site.resolve(folder + ".html"), page(folder + "/pyodide.mjs"));
        }
        host = new StaticHost(site, true);
    }

    private static String page(String interpreter) {
        return "<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<script type=\"module\" src=\"" + server.url("/pyloom/core.js") + "\"></script></head><body>"
                + "<div id=\"out\"></div>" + script("py", "config='{\"interpreter\": \"./" + interpreter + "\"}'",
                        "from pyscript import display\n" + PROBE + "display(probe(), target='out')\n")
                + "</body></html>";
    }

    /** The npm package's files as a CDN has them: no gzipped copies, no snapshot. */
    private static void copyPyodide(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".gz") && !name.startsWith("pyloom-") && !name.startsWith(".")) {
                    Files.copy(file, to.resolve(name));
                }
            }
        }
    }

    /** Another standard library: the same zip with one more module. */
    private static void addToZip(Path zip, String name, String content) throws IOException {
        Path copy = Files.createTempFile("stdlib", ".zip");
        try (var in = new java.util.zip.ZipFile(zip.toFile()); var out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.getInputStream(entry).transferTo(out);
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        Files.move(copy, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> requests(TestPage page) {
        List<String> urls = new CopyOnWriteArrayList<>();
        page.page().onRequest(request -> urls.add(request.url()));
        return urls;
    }

    private static List<String> marks(TestPage page) {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) page.page().evaluate(
                "() => performance.getEntriesByType('mark').map(m => m.name).filter(n => n.startsWith('pyloom:py '))");
        return names;
    }

    private static long count(List<String> urls, String suffix) {
        return urls.stream().filter(url -> url.split("\\?")[0].endsWith(suffix)).count();
    }

    @Test
    void theSameBuildFromAnotherOriginStartsFromThisServersSnapshot() {
        try (TestPage page = browser.open()) {
            List<String> urls = requests(page);
            page.navigate(host.url("/same.html")).awaitAllDone();
            assertTrue(marks(page).contains(STARTED), marks(page) + " " + page.console());
            assertTrue(page.text("#out").contains("\"environ\""), page.console().toString());
            assertEquals(1, count(urls, "/pyloom-snapshot.bin"), urls.toString());
            assertEquals(1, count(urls, "/same/python_stdlib.zip"), "the standard library is fetched once: " + urls);
            assertTrue(urls.stream().noneMatch(url -> url.startsWith(server.url("/pyloom/interpreters/pyodide/"))
                    && !url.endsWith("/pyloom-snapshot.bin")), "only the snapshot comes from the server: " + urls);
            // the package's companions beside the module, asked for early as a hosted copy's are
            @SuppressWarnings("unchecked")
            List<String> hinted = (List<String>) page.page().evaluate(
                    "() => [...document.querySelectorAll('link[rel=preload],link[rel=modulepreload]')].map(l => l.href)");
            for (String companion : List.of("pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")) {
                assertTrue(hinted.contains(host.url("/same/" + companion)), companion + " in " + hinted);
            }
        }
    }

    @Test
    void anotherBuildStartsAfreshAndTheMarkSaysWhichBuildItIs() {
        try (TestPage page = browser.open()) {
            List<String> urls = requests(page);
            page.navigate(host.url("/other-build.html")).awaitAllDone();
            assertTrue(page.text("#out").contains("\"environ\""), page.console().toString());
            List<String> marks = marks(page);
            assertFalse(marks.contains(STARTED), marks.toString());
            assertTrue(marks.contains("pyloom:py snapshot skipped: " + host.url("/other-build/pyodide.mjs")
                    + " is Pyodide build 000000000000; this server has snapshots of 990c3b51a972"), marks.toString());
            assertEquals(0, count(urls, "/pyloom-snapshot.bin"), "not even downloaded: " + urls);
        }
    }

    @Test
    void anotherStandardLibraryStartsAfreshFetchedOnce() {
        try (TestPage page = browser.open()) {
            List<String> urls = requests(page);
            page.navigate(host.url("/other-stdlib.html")).awaitAllDone();
            assertTrue(page.text("#out").contains("\"environ\""), page.console().toString());
            List<String> marks = marks(page);
            assertFalse(marks.contains(STARTED), marks.toString());
            assertTrue(marks.stream().anyMatch(mark -> mark.startsWith("pyloom:py snapshot skipped: "
                    + host.url("/other-stdlib/python_stdlib.zip") + " is not the standard library of build 990c3b51a972")),
                    marks.toString());
            assertEquals(1, count(urls, "/other-stdlib/python_stdlib.zip"), urls.toString());
            assertTrue(page.page().evaluate("() => document.getElementById('out').textContent").toString().length() > 0);
        }
    }

    /** The probe's answer from a fresh start of the same build in the same page, without Pyloom. */
    private static String freshStart(TestPage page) {
        return (String) page.page().evaluate("async ([url, code]) => { const { loadPyodide } = await import(url);"
                + " const py = await loadPyodide(); return py.runPython(code + 'probe()'); }",
                List.of(host.url("/same/pyodide.mjs"), PROBE));
    }

    @Test
    void startedFromTheSnapshotPythonSeesTheBrowsersTimeZoneLocaleAndFiles() {
        for (String[] where : new String[][] { { "Asia/Kolkata", "fr-FR" }, { "America/New_York", "de-CH" } }) {
            try (TestPage page = browser.open(new NewContextOptions().setTimezoneId(where[0]).setLocale(where[1]))) {
                page.navigate(host.url("/same.html")).awaitAllDone();
                assertTrue(marks(page).contains(STARTED), marks(page).toString());
                String fromSnapshot = page.text("#out");
                assertTrue(fromSnapshot.contains("\"stale_finders\": []"), fromSnapshot);
                assertTrue(fromSnapshot.contains("\"LANG\": \"" + where[1].replace('-', '_') + ".UTF-8\""), fromSnapshot);
                assertEquals(freshStart(page), fromSnapshot, "as a fresh start in " + where[0]);
            }
        }
    }

    @Test
    void onAnEngineWithoutTheWasmTrampolinePythonStillCallsC() {
        String iPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                + " Version/18.0 Mobile/15E148 Safari/604.1";
        try (TestPage page = browser.open(new NewContextOptions().setUserAgent(iPhone))) {
            page.navigate(host.url("/same.html")).awaitAllDone();
            assertTrue(marks(page).contains(STARTED), marks(page).toString());
            String out = page.text("#out");
            assertTrue(out.contains("\"timezone\""), out);
        }
    }
}
