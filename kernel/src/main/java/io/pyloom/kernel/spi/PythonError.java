package io.pyloom.kernel.spi;

/** Python code raised: the message is the interpreter's traceback (Pyodide) or stderr (MicroPython). */
public class PythonError extends Exception {
    public PythonError(String message) {
        super(message);
    }
}
