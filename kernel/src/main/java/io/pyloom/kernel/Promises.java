package io.pyloom.kernel;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/** Waiting for JavaScript promises from the kernel's threads, without losing the JS error. */
final class Promises {

    private Promises() {
    }

    /** A promise's result: {@code ok} with a {@code value}, or not ok with the {@code error}. */
    interface Outcome extends JSObject {
        @JSProperty("ok")
        boolean isOk();

        @JSProperty
        JSObject getError();

        @JSProperty
        JSObject getValue();
    }

    /** A promise that always fulfils, with the outcome: TeaVM's await() would lose the JS error. */
    @JSBody(params = "promise", script = "return promise.then("
            + "function (v) { return { ok: true, value: v }; },"
            + "function (e) { return { ok: false, error: e }; });")
    static native JSPromise<Outcome> settle(JSPromise<?> promise);

    /** The outcome's value as text (null stays null). */
    @JSBody(params = "outcome", script = "return outcome.value == null ? null : String(outcome.value);")
    static native String text(Outcome outcome);
}
