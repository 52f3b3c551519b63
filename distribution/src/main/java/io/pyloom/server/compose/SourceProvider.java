package io.pyloom.server.compose;

import java.util.Map;
import java.util.Optional;

/** The bundles a composition can draw on: the kernel and the plugins by name. */
public interface SourceProvider {

    Optional<BundleSource> kernel();

    /** Plugins that can be composed now, by name. */
    Map<String, BundleSource> composable();

    /** A number that changes whenever the bundles do (for memos); negative when it is not known. */
    default long generation() {
        return -1;
    }

    /** Calls the listener whenever a plugin comes, goes or changes state. */
    default void addListener(Runnable listener) {
    }

    default void removeListener(Runnable listener) {
    }
}
