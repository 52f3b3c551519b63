package io.pyloom.it;

import static io.pyloom.it.support.ScriptTag.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pyloom.it.support.TestPage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pyscript.storage on both interpreters, on the main thread and in workers: values survive a
 * reload with their types, data PyScript stored is read, a value storage cannot keep is a clear
 * TypeError in the banner; and the module is fetched only by pages that import it.
 */
class StorageIT extends BrowserIT {

    private static final String WRITE = """
            from pyscript import storage, display
            store = await storage("it")
            store.clear()
            store["n"] = 42
            store["f"] = 2.5
            store["t"] = True
            store["none"] = None
            store["nested"] = {"a": [1, {"b": "c"}], "shared": "c"}
            store["bytes"] = bytearray(b"\\x00\\xffok")
            store["view"] = memoryview(b"mv")
            store.update(u=1)
            del store["t"]
            await store.sync()
            display("written", target="out")
            """;

    private static final String READ = """
            from pyscript import storage, display
            store = await storage("it")
            shown = [f"{key}={store[key]!r}:{type(store[key]).__name__}" for key in sorted(store)
                     if key not in ("bytes", "view")]
            shown.append(f"bytes={bytes(store['bytes'])!r}:{type(store['bytes']).__name__}")
            shown.append(f"view={bytes(store['view'])!r}:{type(store['view']).__name__}")
            display(" ".join(shown), target="out")
            """;

    private static final String EXPECTED = "f=2.5:float n=42:int nested={'a': [1, {'b': 'c'}], 'shared': 'c'}:dict "
            + "none=None:NoneType u=1:int bytes=b'\\x00\\xffok':bytearray view=b'mv':memoryview";

    @BeforeAll
    static void start() throws Exception {
        open("storage-it", pages -> {
            for (String type : List.of("py", "mpy")) {
                pages.write(type + "-write.py", WRITE);
                pages.write(type + "-read.py", READ);
                pages.page(type + "-main-write", null, "<div id=\"out\"></div>" + script(type, "src=\"./" + type + "-write.py\"", ""));
                pages.page(type + "-main-read", null, "<div id=\"out\"></div>" + script(type, "src=\"./" + type + "-read.py\"", ""));
                pages.page(type + "-worker-write", null,
                        "<div id=\"out\"></div>" + script(type, "worker src=\"./" + type + "-write.py\"", ""));
                pages.page(type + "-worker-read", null,
                        "<div id=\"out\"></div>" + script(type, "worker src=\"./" + type + "-read.py\"", ""));
                pages.page(type + "-unsupported", null, script(type, "", """
                        from pyscript import storage
                        store = await storage("bad")
                        store["x"] = object()
                        """));
                pages.page(type + "-no-name", null, script(type, "", """
                        from pyscript import storage
                        await storage("")
                        """));
                pages.page(type + "-pyscript-data", null, "<div id=\"out\"></div>" + script(type, "", """
                        from pyscript import storage, display
                        store = await storage("legacy")
                        display(repr(store["answer"]) + " " + repr(store["list"]) + " " + repr(store["gone"]), target="out")
                        """));
                pages.page(type + "-hello", null, "<div id=\"out\"></div>" + script(type, "", """
                        from pyscript import display, config
                        display(config["type"] is "py" or config["type"] is "mpy", target="out")
                        """));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "py-main", "mpy-main", "py-worker", "mpy-worker" })
    void valuesSurviveAReloadWithTheirTypes(String where) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + where + "-write.html")).awaitAllDone();
            assertEquals("written", page.text("#out"), page.console().toString());
            page.navigate(server.url("/" + where + "-read.html")).awaitAllDone();
            assertEquals(EXPECTED, page.text("#out"), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aValueStorageCannotKeepIsATypeErrorInTheBanner(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-unsupported.html")).awaitAllDone();
            String banner = page.text(".py-error");
            assertTrue(banner.contains("TypeError: Cannot serialize type object for storage: store None, bool, int, float, str,"
                    + " list, tuple, dict, bytearray or memoryview"), banner);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aStorageNeedsAName(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/" + type + "-no-name.html")).awaitAllDone();
            assertTrue(page.text(".py-error").contains("ValueError: Storage name must be a non-empty string"),
                    page.text(".py-error"));
        }
    }

    /** The IndexedDB layout and value format of PyScript 0.7.31, written here by hand as it writes them. */
    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void dataPyScriptStoredIsRead(String type) {
        try (TestPage page = browser.open()) {
            page.navigate(server.url("/robots-missing"));
            page.page().evaluate("""
                    () => new Promise((resolve, reject) => {
                      const open = indexedDB.open("IDBMap/@pyscript/legacy");
                      open.onupgradeneeded = () => open.result.createObjectStore("entries");
                      open.onsuccess = () => {
                        const tx = open.result.transaction("entries", "readwrite");
                        tx.objectStore("entries").put('[["1",42],"generic"]', "answer");
                        tx.objectStore("entries").put('[["1","2"],"generic",["3","3"],"x"]', "list");
                        tx.objectStore("entries").put('[["1",0],"null"]', "gone");
                        tx.oncomplete = () => { open.result.close(); resolve(); };
                        tx.onerror = () => reject(tx.error);
                      };
                      open.onerror = () => reject(open.error);
                    })""");
            page.navigate(server.url("/" + type + "-pyscript-data.html")).awaitAllDone();
            assertEquals("42 ['x', 'x'] None", page.text("#out"), page.console().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "py", "mpy" })
    void aPageThatDoesNotImportItDoesNotFetchIt(String type) {
        try (TestPage page = browser.open()) {
            List<String> lazy = new CopyOnWriteArrayList<>();
            page.page().onRequest(request -> {
                if (request.url().contains("-lazy/")) {
                    lazy.add(request.url());
                }
            });
            page.navigate(server.url("/" + type + "-hello.html")).awaitAllDone();
            assertEquals("True", page.text("#out"), "config[\"type\"] is the literal");
            assertEquals(List.of(), lazy);
            page.navigate(server.url("/" + type + "-main-write.html")).awaitAllDone();
            assertTrue(lazy.stream().anyMatch(url -> url.endsWith("-lazy/python/pyscript/storage.py")), lazy.toString());
            assertTrue(lazy.stream().anyMatch(url -> url.endsWith("-lazy/js/storage.js")), lazy.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void theRuntimeCarriesOnlyTheStub() throws Exception {
        String core = http.get("/pyloom/core.js").body();
        String runtime = http.get("/pyloom/" + io.pyloom.it.support.PyloomServer.runtimeOf(core).orElseThrow()).body();
        assertFalse(runtime.contains("Cannot serialize type"), "storage.py is not in the runtime");
        assertTrue(runtime.contains("_pyloom_lazy.load(globals(), \\\"python/pyscript/storage.py\\\")"), "its stub is");
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpy", "py" })
    void aPagesJavaScriptSharesTheStoreWithPythonBeforeCoreJsLoads(String type) {
        // PyScript's storage.js habit: write from JavaScript, then start Python, which reads it and writes back.
        String path = pages.write(type + "-js-storage.html", """
                <!doctype html><html><head><meta charset="utf-8"><script type="module">
                import { storage } from "/pyloom/storage.js";
                const store = await storage("js-it");
                store.clear();
                store.list = [1, "two", { three: 3 }];
                store.bytes = new Uint8Array([0, 255]);
                store.gone = "soon";
                delete store.gone;
                await store.sync();
                window.refusal = (() => { try { store.f = () => 1; return "stored"; } catch (e) { return e.name + ": " + e.message; } })();
                window.noName = await storage("").then(() => "opened", (e) => e.name);
                await import("/pyloom/core.js");
                </script></head><body><div id="out"></div>
                <script type="TYPE">
                from pyscript import storage, display
                store = await storage("js-it")
                display(f"{sorted(store)} {store['list']} {bytes(store['bytes'])!r}", target="out")
                store["from_python"] = {"ok": True}
                await store.sync()
                </script></body></html>
                """.replace("TYPE", type));
        try (TestPage page = browser.open()) {
            page.navigate(server.url(path)).awaitAllDone();
            assertEquals("['bytes', 'list'] [1, 'two', {'three': 3}] b'\\x00\\xff'", page.text("#out"), page.console().toString());
            assertEquals("TypeError: pyscript.storage cannot store a function: use null, a string, number, boolean, array,"
                    + " object, ArrayBuffer or typed array", page.page().evaluate("() => window.refusal"));
            assertEquals("SyntaxError", page.page().evaluate("() => window.noName"));
            Object fromPython = page.page().evaluate("async () => { const { storage } = await import('/pyloom/storage.js');"
                    + " const store = await storage('js-it'); return JSON.stringify([store.from_python, Object.keys(store).sort()]); }");
            assertEquals("[{\"ok\":true},[\"bytes\",\"from_python\",\"list\"]]", fromPython);
        }
    }
}
