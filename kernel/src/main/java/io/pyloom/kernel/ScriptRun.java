package io.pyloom.kernel;

import io.pyloom.kernel.spi.Python;
import io.pyloom.kernel.spi.Run;
import org.teavm.jso.dom.html.HTMLElement;

/** A {@link Run} on the main thread. */
final class ScriptRun implements Run {

    private final ScriptTag tag;
    private final String target;
    private final Interpreter python;

    ScriptRun(ScriptTag tag, String target, Interpreter python) {
        this.tag = tag;
        this.target = target;
        this.python = python;
    }

    ScriptTag tag() {
        return tag;
    }

    @Override
    public String type() {
        return tag.type();
    }

    @Override
    public HTMLElement script() {
        return tag.element();
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public Python python() {
        return python;
    }

    @Override
    public boolean worker() {
        return false;
    }

    @Override
    public String attribute(String name) {
        return tag.element().getAttribute(name);
    }
}
