package io.pyloom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.TestPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The config's files: fetched onto the interpreter's file system, as the user guide describes. */
class FilesIT extends BrowserIT {

    @BeforeAll
    static void start() throws Exception {
        open("files-it", pages -> {
            pages.write("data/data.csv", "a,b\n1,2\n");
            pages.write("lib/1.0/greet.py", "def greet(name):\n    return 'hi ' + name\n");
            pages.write("lib/1.0/__init__.py", "");
            pages.write("conf/beside.txt", "next to the config");
            pages.write("conf/files.json", "{\"files\": {\"beside.txt\": \"\"}}");
            Files.write(pages.root().resolve("data/bundle.zip"), zip());
            Files.write(pages.root().resolve("data/bundle.tar.gz"), tarGz("inner/readme.txt", "from a tarball"));
        });
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("pkg/"));
            zip.putNextEntry(new ZipEntry("pkg/deflated.txt"));
            zip.write("deflated text ".repeat(20).getBytes(StandardCharsets.UTF_8));
            ZipEntry stored = new ZipEntry("pkg/stored.txt");
            byte[] plain = "stored text".getBytes(StandardCharsets.UTF_8);
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(plain.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(plain);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(plain);
        }
        return out.toByteArray();
    }

    /** A one-file ustar archive, gzip-compressed. */
    private static byte[] tarGz(String name, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        byte[] header = new byte[512];
        System.arraycopy(name.getBytes(StandardCharsets.US_ASCII), 0, header, 0, name.length());
        put(header, 100, "0000644\0");
        put(header, 108, "0000000\0");
        put(header, 116, "0000000\0");
        put(header, 124, String.format("%011o\0", data.length));
        put(header, 136, "00000000000\0");
        header[156] = '0';
        put(header, 257, "ustar\0" + "00");
        put(header, 148, "        ");
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o\0 ", sum));
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        tar.write(header);
        tar.write(data);
        tar.write(new byte[(512 - data.length % 512) % 512]);
        tar.write(new byte[1024]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(tar.toByteArray());
        }
        return out.toByteArray();
    }

    private static void put(byte[] header, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }

    private static String configured(String type, String config, String code) {
        return "<script type=\"" + type + "\" config='" + config + "'>\n" + code + "</script>\n";
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void filesReachTheFileSystem(String type) {
        String config = """
                {"files": {
                  "{DATA}": "/data",
                  "{LIB}": "/lib/1.0",
                  "{DATA}/data.csv": "",
                  "{LIB}/__init__.py": "./greeting/",
                  "{LIB}/greet.py": "./greeting/",
                  "/data/data.csv": "./copies/renamed.csv",
                  "{DATA}/bundle.zip": "./zipped/*",
                  "{DATA}/bundle.tar.gz": "./tarred/*"
                }}""";
        String code = """
                from pyscript import display
                from greeting.greet import greet
                display(open("data.csv").read().split()[1])
                display(open("copies/renamed.csv").read().split()[0])
                display(greet("files"))
                display(open("zipped/pkg/deflated.txt").read()[:13])
                display(open("zipped/pkg/stored.txt").read())
                display(open("tarred/inner/readme.txt").read())
                """;
        String path = pages.page(type + "-files", null, configured(type, config, code));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals(0, page.page().locator(".py-error").count(), page.console().toString());
            assertEquals(List.of("1,2", "a,b", "hi files", "deflated text", "stored text", "from a tarball"),
                    page.page().locator("script-py div").allInnerTexts());
            @SuppressWarnings("unchecked")
            List<String> progress = (List<String>) page.page().evaluate("() => window.__progress");
            String name = type.equals("py") ? "Pyodide" : "MicroPython";
            assertEquals(List.of(type + ":progress Loading " + name, type + ":progress Loaded " + name,
                    type + ":progress Loading files", type + ":progress Loaded files",
                    type + ":progress Loading JS modules", type + ":progress Loaded JS modules"), progress);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy" })
    void urlsResolveAgainstTheConfigFile(String type) {
        String path = pages.page(type + "-files-beside", null, "<script type=\"" + type + "\" config=\"conf/files.json\">\n"
                + "from pyscript import display\ndisplay(open('beside.txt').read())\n</script>");
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals("next to the config", page.text("script-py"), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void aMissingFileIsNamed(String type) {
        String path = pages.page(type + "-files-missing", null,
                configured(type, "{\"files\": {\"/data/nothing.csv\": \"\"}}", "x = 1\n"));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals("Failed to fetch " + server.url("/data/nothing.csv") + " (files): HTTP 404",
                    page.page().locator(".py-error").textContent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy" })
    void anUndefinedPlaceholderIsNamed(String type) {
        String path = pages.page(type + "-files-placeholder", null,
                configured(type, "{\"files\": {\"{NOPE}/data.csv\": \"\"}}", "x = 1\n"));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertTrue(page.page().locator(".py-error").textContent()
                    .equals("(PY1000): Undefined placeholder {NOPE} in files, used by {NOPE}/data.csv"));
        }
    }
}
