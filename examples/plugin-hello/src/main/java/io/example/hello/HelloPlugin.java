package io.example.hello;

import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import org.teavm.jso.JSBody;

/**
 * Hello: a Python module ({@code import hello}) and a hook that counts the scripts a page ran,
 * in {@code <body data-hello-runs>}.
 */
public final class HelloPlugin implements Plugin {

    @Override
    public String name() {
        return "hello";
    }

    @Override
    public void install(Hooks hooks) {
        if (hooks.inWorker()) {
            return; // a worker has no body to count in
        }
        hooks.add(Hook.AFTER_RUN, run -> countRun());
    }

    @JSBody(script = "var body = document.body; body.dataset.helloRuns = String((Number(body.dataset.helloRuns) || 0) + 1);")
    private static native void countRun();
}
