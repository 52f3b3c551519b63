package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.JSObject;

/**
 * One worker as the page holds it: its script hears when the worker is ready, fails and is done;
 * page.js holds the Worker, answers its requests and gives the handle page code gets.
 */
final class WorkerHandle {

    private final WorkerScript script;
    private final Scripts.Connection connection;
    /** Whether the worker has spoken: an error event before that means core.js never ran there. */
    private boolean started;

    WorkerHandle(WorkerScript script, String coreUrl) {
        this.script = script;
        Scripts.Page page = Scripts.page();
        Scripts.Description description = page.describe(script.type(), script.src(), script.code(), script.config(),
                script.base(), script.name(), script.target(), script.hooks(), script.attributes());
        this.connection = page.startWorker(coreUrl, description, script.element(), this::onMessage,
                this::onStartFailure);
        script.started(connection.getHandle());
    }

    JSObject handle() {
        return connection.getHandle();
    }

    private void onMessage(String kind, String message) {
        started = true;
        switch (kind) {
            case "ready":
                script.ready();
                break;
            case "error":
                script.failed(message);
                break;
            case "done":
                script.done();
                break;
            default:
                break;
        }
    }

    private void onStartFailure(String message) {
        if (started) {
            script.failed(message); // an error the worker did not handle; it goes on
            return;
        }
        script.failed("The worker could not start core.js: " + message);
        script.done();
        connection.stopServing();
    }
}
