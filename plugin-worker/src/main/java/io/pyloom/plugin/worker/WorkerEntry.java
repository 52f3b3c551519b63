package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.WorkerBoot;
import io.pyloom.kernel.spi.WorkerKernel;
import org.teavm.jso.JSObject;

/**
 * core.js inside a worker: once the page's boot message has come, runs the script through the
 * kernel; worker.js serves what the page posts later.
 */
final class WorkerEntry implements WorkerBoot {

    private static String failure;

    @Override
    public void boot(WorkerKernel kernel) {
        Scripts.worker().listen(description -> {
            BootedScript script = new BootedScript(description);
            new Thread(() -> kernel.run(script)).start();
        }, WorkerEntry::report);
    }

    /** What the worker's Python reaches through {@code _pyloom_worker}. */
    static JSObject module() {
        return Scripts.worker().pythonModule();
    }

    /** Failures in the worker go to the page, which shows them (the worker has no page of its own). */
    static void report(String message) {
        failure = message;
        Scripts.worker().postError(message);
    }

    /** Whether a failure was reported while the script ran: a named worker's promise then fails. */
    static String failure() {
        return failure;
    }
}
