package io.pyloom.kernel.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.teavm.jso.JSObject;

/** A loaded interpreter, with the same shape for Pyodide and MicroPython; only the kernel implements it. */
@ProviderType
public interface Python {

    /** Runs code (top-level await allowed) and waits for it: call from async hooks only. */
    void run(String code) throws PythonError;

    /** Writes a text file into the interpreter's virtual file system, creating its folders. */
    void writeFile(String path, String text);

    /** Makes a JavaScript object importable from Python under {@code name}. */
    void registerModule(String name, JSObject module);

    /**
     * From now on this interpreter's output goes to {@code sink}, a JavaScript object with
     * {@code stdout(line)} and {@code stderr(line)} (lines without their newline), instead of the
     * console and the banner: what a terminal does. Since SPI 1.3.
     */
    void takeOutput(JSObject sink);
}
