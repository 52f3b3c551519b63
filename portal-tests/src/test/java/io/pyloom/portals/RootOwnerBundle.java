package io.pyloom.portals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Packs the compiled {@code rival} classes into a bundle, at its place in a Maven repository folder. */
final class RootOwnerBundle {

    private RootOwnerBundle() {
    }

    static void write(Path repository) throws IOException {
        Path jar = repository.resolve("io/pyloom/test/root-owner/1.0.0/root-owner-1.0.0.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.pyloom.test.root-owner");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", "io.pyloom.portals.rival.RootOwner");
        main.putValue("Import-Package", "jakarta.servlet;version=\"[5,7)\",jakarta.servlet.http;version=\"[5,7)\","
                + "org.osgi.framework,org.osgi.service.servlet.context;version=\"[2,3)\"");
        Path classes = Path.of("target/test-classes");
        List<Path> files;
        try (Stream<Path> found = Files.list(classes.resolve("io/pyloom/portals/rival"))) {
            files = found.filter(file -> file.toString().endsWith(".class")).toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream bundle = new JarOutputStream(out, manifest)) {
            for (Path file : files) {
                bundle.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                bundle.write(Files.readAllBytes(file));
                bundle.closeEntry();
            }
        }
    }
}
