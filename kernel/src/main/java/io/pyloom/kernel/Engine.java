package io.pyloom.kernel;

/**
 * One interpreter as the kernel sees it before it runs: the script type and its name. How each
 * one starts is in core.js's boot, which may have started it already; what each one does
 * differently is in its own file under {@code src/main/js/interpreters/}.
 */
final class Engine {

    private final String type;

    Engine(String type) {
        this.type = type;
    }

    /** The script type this engine runs: {@code "py"} or {@code "mpy"}. */
    String type() {
        return type;
    }

    /** The interpreter's name in progress events: {@code Pyodide}, {@code MicroPython}. */
    String displayName() {
        return Scripts.interpreters().displayName(type);
    }

    /** Imports the interpreter module at {@code moduleUrl}, starts it, and gives it its shape. */
    Interpreter load(String moduleUrl) throws KernelError {
        Promises.Outcome outcome = Promises.settle(Composition.startInterpreter(type, moduleUrl)).await();
        if (!outcome.isOk()) {
            throw new KernelError("Failed to load the " + type + " interpreter from " + moduleUrl + ": "
                    + Js.errorMessage(outcome.getError()));
        }
        return new Interpreter(Scripts.interpreters().adopt(type, outcome.getValue()));
    }
}
