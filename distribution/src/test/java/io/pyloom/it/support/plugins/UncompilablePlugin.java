package io.pyloom.it.support.plugins;

import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A plugin that resolves in OSGi but cannot become JavaScript: TeaVM has no ServerSocket. */
public final class UncompilablePlugin implements Plugin {

    @Override
    public String name() {
        return "uncompilable";
    }

    @Override
    public void install(Hooks hooks) {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
