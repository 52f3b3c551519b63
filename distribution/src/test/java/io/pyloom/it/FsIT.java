package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.TestPage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pyscript.fs on both interpreters. Headless Chromium shows no folder picker, so the Origin Private
 * File System stands in for the user's folder: the test keeps its handle where a picked folder is
 * kept, and mount() takes it from there. A picker closed without a folder (headless Chromium closes
 * it at once) is a clear PermissionError in the banner.
 */
class FsIT extends BrowserIT {

    /** The user's folder: the private file system, with one file, kept as a picked folder is. */
    private static final String KEEP_FOLDER = """
            async () => {
              const root = await navigator.storage.getDirectory();
              for await (const name of root.keys()) await root.removeEntry(name, { recursive: true });
              const file = await (await root.getFileHandle("hello.txt", { create: true })).createWritable();
              await file.write("from the folder");
              await file.close();
              await new Promise((resolve, reject) => {
                const open = indexedDB.open("IDBMap/@pyscript.fs");
                open.onupgradeneeded = () => open.result.createObjectStore("entries");
                open.onsuccess = () => {
                  const tx = open.result.transaction("entries", "readwrite");
                  tx.objectStore("entries").put({ handler: root, options: { id: "pyscript", mode: "readwrite" } }, "/data@pyscript");
                  tx.oncomplete = () => { open.result.close(); resolve(); };
                  tx.onerror = () => reject(tx.error);
                };
              });
            }""";

    private static final String READ_BACK = """
            async () => {
              const root = await navigator.storage.getDirectory();
              const sub = await root.getDirectoryHandle("sub");
              return await (await (await sub.getFileHandle("out.txt")).getFile()).text();
            }""";

    @BeforeAll
    static void start() throws Exception {
        open("fs-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                pages.page(type + "-blank", null, "");
                pages.page(type + "-mount", null, "<div id=\"out\"></div>" + script(type, "", """
                        import os
                        from pyscript import fs, display
                        await fs.mount("/data")
                        read = open("/data/hello.txt").read()
                        os.mkdir("/data/sub")
                        with open("/data/sub/out.txt", "w") as out:
                            out.write("written by " + read)
                        await fs.sync("/data")
                        display(f"{read} {sorted(os.listdir('/data'))} {'/data' in fs.mounted}", target="out")
                        """));
                // Mounting from a click's handler, as pages do: the click lets the browser show its picker.
                pages.page(type + "-ask", null, "<button id=\"pick\">pick</button>"
                        + script(type, "", """
                        from pyscript import fs, when

                        @when("click", "#pick")
                        async def pick(event):
                            await fs.mount("/elsewhere", id="other")

                        """));
                pages.page(type + "-revoke", null, "<div id=\"out\"></div>" + script(type, "", """
                        from pyscript import fs, display
                        await fs.mount("/data")
                        first = await fs.revoke("/data")
                        again = await fs.revoke("/data")
                        display(f"{first} {again} {'/data' in fs.mounted}", target="out")
                        """));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aKeptFolderIsMountedReadAndWrittenTo(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-blank.html"));
            page.page().evaluate(KEEP_FOLDER);
            page.navigate(server.url("/" + type + "-mount.html")).awaitAllDone();
            assertEquals("from the folder ['hello.txt', 'sub'] True", page.text("#out"), page.console().toString());
            assertEquals("written by from the folder", page.page().evaluate(READ_BACK));
        }
    }

    /** Headless Chromium closes the picker at once, as a user who picks nothing does. */
    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aPickerClosedWithoutAFolderIsAClearError(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-ask.html")).awaitAllDone();
            page.page().locator("#pick").click();
            page.page().locator(".py-error").waitFor();
            String banner = page.text(".py-error");
            assertTrue(banner.contains("PermissionError: fs.mount('/elsewhere'): no folder was picked (the picker was closed)"),
                    banner);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void revokeForgetsTheFolder(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-blank.html"));
            page.page().evaluate(KEEP_FOLDER);
            page.navigate(server.url("/" + type + "-revoke.html")).awaitAllDone();
            assertEquals("True False False", page.text("#out"), page.console().toString());
        }
    }
}
