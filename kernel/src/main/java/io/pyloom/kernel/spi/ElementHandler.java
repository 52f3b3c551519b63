package io.pyloom.kernel.spi;

import org.osgi.annotation.versioning.ConsumerType;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Takes the page's elements a plugin owns, such as a script type of its own (see
 * {@link Hook#ELEMENTS}). Main thread only.
 */
@ConsumerType
public interface ElementHandler {

    /** A CSS selector of the elements this handler takes ({@code script[type=py-editor]}). */
    String selector();

    /** Called once for each matching element: those on the page at start, in document order, then each added later. */
    void found(HTMLElement element);
}
