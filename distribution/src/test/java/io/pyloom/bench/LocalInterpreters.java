package io.pyloom.bench;

import java.util.Map;

/** Where the server hosts the interpreters the benchmarks give both contenders. */
final class LocalInterpreters {

    static final String PYODIDE = "/pyloom/interpreters/pyodide/314.0.7/pyodide.mjs";
    static final String MICROPYTHON = "/pyloom/interpreters/micropython/1.27.0/micropython.mjs";
    /** Each script type's interpreter module. */
    static final Map<String, String> MODULES = Map.of("py", PYODIDE, "mpy", MICROPYTHON);

    private LocalInterpreters() {
    }
}
