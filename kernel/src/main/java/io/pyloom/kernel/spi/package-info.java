/**
 * The browser plugin SPI: what a Pyloom plugin compiles against.
 *
 * <p>A plugin is a {@link io.pyloom.kernel.spi.Plugin} listed in
 * {@code META-INF/services/io.pyloom.kernel.spi.Plugin} of its bundle. When the server composes a
 * core.js, TeaVM resolves that service file at compile time, so only the plugins chosen for the
 * composition end up in the output. At start-up the kernel calls
 * {@link io.pyloom.kernel.spi.Plugin#install(Hooks)} on each, and the plugin adds listeners to the
 * {@link io.pyloom.kernel.spi.Hook}s it cares about.
 *
 * <p>These types are compiled to JavaScript; they are never loaded on the JVM.
 */
@Export
@Version("1.3.0")
package io.pyloom.kernel.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
