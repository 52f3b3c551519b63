package io.pyloom.server.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.api.Composed;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composed sets on disk, one folder per key, so that a restart does not compile again. A folder is
 * written under a temporary name and moved into place: a reader sees all of it or none.
 */
final class DiskCache {

    private static final Logger LOG = LoggerFactory.getLogger(DiskCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    DiskCache(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The set stored under this key; empty if absent or unreadable (then it is composed again). */
    Optional<Composed> load(String key) {
        Path folder = root.resolve(key);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try {
            JsonNode meta = JSON.readTree(folder.resolve("meta.json").toFile());
            List<String> plugins = new ArrayList<>();
            meta.get("plugins").forEach(name -> plugins.add(name.asText()));
            return Optional.of(new Composed(key, List.copyOf(plugins), Files.readAllBytes(folder.resolve("core.js")),
                    Files.readAllBytes(folder.resolve("core.js.gz")), Files.readAllBytes(folder.resolve("runtime.js")),
                    Files.readAllBytes(folder.resolve("runtime.js.gz")), Files.readAllBytes(folder.resolve("core.css")),
                    readLazy(folder.resolve("lazy")), meta.get("compileMillis").asLong()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable cached set {}: {}", folder, e.toString());
            return Optional.empty();
        }
    }

    /** The lazy files stored with a set, by their path under {@code lazy/}. */
    private static Map<String, byte[]> readLazy(Path lazy) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        if (!Files.isDirectory(lazy)) {
            return files;
        }
        try (var walk = Files.walk(lazy)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(lazy.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** Stores a set; a failure is logged, not thrown: the set is served from memory all the same. */
    void store(Composed composed) {
        Path folder = root.resolve(composed.key());
        Path temporary = root.resolve(composed.key() + ".tmp-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
        try {
            Files.createDirectories(temporary);
            Files.write(temporary.resolve("core.js"), composed.js());
            Files.write(temporary.resolve("core.js.gz"), composed.jsGzip());
            Files.write(temporary.resolve("runtime.js"), composed.runtime());
            Files.write(temporary.resolve("runtime.js.gz"), composed.runtimeGzip());
            Files.write(temporary.resolve("core.css"), composed.css());
            for (Map.Entry<String, byte[]> file : composed.lazy().entrySet()) {
                Path target = temporary.resolve("lazy").resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            JSON.writeValue(temporary.resolve("meta.json").toFile(),
                    Map.of("plugins", composed.plugins(), "compileMillis", composed.compileMillis()));
            if (Files.isDirectory(folder)) {
                deleteTree(folder); // an unreadable one: replaced
            }
            try {
                Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder);
            }
        } catch (IOException e) {
            LOG.warn("Cannot store the composed set {} in {}: {}", composed.key(), root, e.toString());
            try {
                deleteTree(temporary);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
