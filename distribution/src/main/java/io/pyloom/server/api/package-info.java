/**
 * The server's services: which plugin bundles exist, and the composition of a core.js from
 * the kernel and a chosen set of them.
 */
@Export
@Version("1.1.0")
package io.pyloom.server.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
