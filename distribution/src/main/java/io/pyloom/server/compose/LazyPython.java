package io.pyloom.server.compose;

/**
 * The stub the runtime carries for a module under a bundle's {@code lazy/python/}: on its first
 * import it fetches the module from the set's lazy folder and runs it in its own namespace, so a
 * page that never imports it never downloads it.
 */
final class LazyPython {

    private LazyPython() {
    }

    /** The stub of the module at {@code path} (relative to the package root, as {@code pyscript/storage.py}). */
    static String stub(String path) {
        return "import _pyloom_lazy\n"
                + "_pyloom_lazy.load(globals(), \"python/" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\")\n";
    }
}
