/**
 * The rules a page and its configs must follow, and their messages: pure Java, compiled into
 * core.js for the browser and run on the JVM by {@code pyloom.jar check}, so both say the same.
 */
@Export
@Version("1.1.0")
package io.pyloom.kernel.rules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
