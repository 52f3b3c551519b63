package io.pyloom.plugin.pydom;

import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;

/**
 * The Pythonic DOM. Its work is in Python ({@code python/pyweb/}), which the server composes into
 * core.js with this plugin; the browser face only makes the plugin known by name.
 */
public final class PydomPlugin implements Plugin {

    @Override
    public String name() {
        return "pydom";
    }

    @Override
    public void install(Hooks hooks) {
        // Nothing to hook: the pyweb package is written into each interpreter with the kernel's.
    }
}
