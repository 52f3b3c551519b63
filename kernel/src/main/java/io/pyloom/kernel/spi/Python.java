package io.pyloom.kernel.spi;

import org.teavm.jso.JSObject;

/** A loaded interpreter, with the same shape for Pyodide and MicroPython. */
public interface Python {

    /** Runs code (top-level await allowed) and waits for it: call from async hooks only. */
    void run(String code) throws PythonError;

    /** Writes a text file into the interpreter's virtual file system, creating its folders. */
    void writeFile(String path, String text);

    /** Makes a JavaScript object importable from Python under {@code name}. */
    void registerModule(String name, JSObject module);
}
