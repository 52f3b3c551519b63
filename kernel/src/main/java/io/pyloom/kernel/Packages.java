package io.pyloom.kernel;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The config's {@code packages}, on Pyodide: names in the server's wheelhouse from there (with
 * their requirements), names in the interpreter's lock file through its loader, wheel URLs and
 * {@code emfs://} paths directly, anything else (other names, constraints such as
 * {@code pkg>=1.2}) through micropip.
 */
final class Packages {

    static final String INSTALL_ERROR = "(PY1001): ";

    private Packages() {
    }

    /** @throws KernelError naming the packages that failed and why */
    static void install(String type, JSObject python, List<String> packages, String configUrl) throws KernelError {
        if (packages.isEmpty()) {
            return;
        }
        if (!"py".equals(type)) {
            throw new KernelError(INSTALL_ERROR + "packages is a Pyodide-only option: MicroPython cannot install "
                    + String.join(", ", packages) + ". Copy the modules you need with files instead.");
        }
        List<String> direct = new ArrayList<>();
        List<String> viaMicropip = new ArrayList<>();
        List<String> onFileSystem = new ArrayList<>();
        List<String> remaining = packages;
        Wheelhouse.Resolution local = Wheelhouse.resolve(packages.toArray(new String[0]));
        if (local != null) {
            direct.addAll(List.of(local.getWheels()));
            remaining = List.of(local.getOthers());
        }
        for (String requirement : remaining) {
            String trimmed = requirement.trim();
            if (trimmed.startsWith("emfs:")) {
                onFileSystem.add(emfsPath(trimmed));
            } else if (trimmed.endsWith(".whl") || trimmed.contains("/")) {
                direct.add(Js.resolve(configUrl, trimmed));
            } else if (inLockFile(python, trimmed)) {
                direct.add(trimmed);
            } else {
                viaMicropip.add(trimmed);
            }
        }
        if (!direct.isEmpty()) {
            String errors = await(loadPackages(python, direct.toArray(new String[0])));
            if (errors != null) {
                throw new KernelError(INSTALL_ERROR + "Failed to install " + String.join(", ", direct) + ": " + errors);
            }
        }
        for (String path : onFileSystem) {
            String error = await(installFromFileSystem(python, path));
            if (error != null) {
                throw new KernelError(INSTALL_ERROR + "Failed to install emfs://" + path + ": " + error);
            }
        }
        if (!viaMicropip.isEmpty()) {
            String errors = await(loadPackages(python, new String[] { "micropip" }));
            if (errors != null) {
                throw new KernelError(INSTALL_ERROR + "micropip is needed to install " + String.join(", ", viaMicropip)
                        + " (not in this interpreter's lock file) but could not be loaded: " + errors);
            }
            errors = await(micropipInstall(python, viaMicropip.toArray(new String[0])));
            if (errors != null) {
                throw new KernelError(INSTALL_ERROR + "micropip could not install " + String.join(", ", viaMicropip)
                        + ": " + errors);
            }
        }
    }

    /** {@code emfs://path} and {@code emfs:path} both name a file in the interpreter's file system. */
    private static String emfsPath(String requirement) {
        String path = requirement.substring("emfs:".length());
        while (path.startsWith("//")) {
            path = path.substring(1);
        }
        return path;
    }

    private static String await(JSPromise<String> promise) throws KernelError {
        Promises.Outcome outcome = Promises.settle(promise).await();
        if (!outcome.isOk()) {
            return Js.errorMessage(outcome.getError());
        }
        return Promises.text(outcome);
    }


    @JSBody(params = { "py", "name" }, script = "var lock = py.lockfile || {}, packages = lock.packages || {};"
            + "return Object.prototype.hasOwnProperty.call(packages, name.toLowerCase().replace(/_/g, '-'));")
    private static native boolean inLockFile(JSObject py, String name);

    /** Resolves with null when all loaded, else with the loader's error messages. */
    @JSBody(params = { "py", "names" }, script = "var errors = [];"
            + "return py.loadPackage(names, { messageCallback: function () {},"
            + "  errorCallback: function (m) { errors.push(m); } })"
            + ".then(function () { return errors.length ? errors.join('; ') : null; });")
    private static native JSPromise<String> loadPackages(JSObject py, String[] names);

    /** Pyodide's loader cannot read its own file system: a pure wheel there is unpacked into site-packages. */
    private static final String INSTALL_WHEEL = "import importlib, sysconfig, zipfile\n"
            + "zipfile.ZipFile(__pyloom_wheel).extractall(sysconfig.get_paths()['purelib'])\n"
            + "importlib.invalidate_caches()\n"
            + "del __pyloom_wheel\n";

    private static JSPromise<String> installFromFileSystem(JSObject py, String path) {
        return runWithGlobal(py, "__pyloom_wheel", path, INSTALL_WHEEL);
    }

    /** Runs code with one global set; resolves with null, or with the last line of the error. */
    @JSBody(params = { "py", "name", "value", "code" }, script = "py.globals.set(name, value);"
            + "return py.runPythonAsync(code).then(function () { return null; },"
            + " function (e) { return String(e.message || e).trim().split('\\n').pop(); });")
    private static native JSPromise<String> runWithGlobal(JSObject py, String name, String value, String code);

    @JSBody(params = { "py", "names" }, script = "py.globals.set('__pyloom_requirements', py.toPy(names));"
            + "return py.runPythonAsync('import micropip\\nawait micropip.install(__pyloom_requirements)\\ndel __pyloom_requirements')"
            + ".then(function () { return null; }, function (e) { return String(e.message || e).trim().split('\\n').pop(); });")
    private static native JSPromise<String> micropipInstall(JSObject py, String[] names);
}
