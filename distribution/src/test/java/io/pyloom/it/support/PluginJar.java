package io.pyloom.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packs compiled test classes into a plugin bundle, as a third-party build would. */
public final class PluginJar {

    private PluginJar() {
    }

    /** Writes a bundle providing {@code pyloom.plugin=name} with the given plugin class. */
    public static void write(Path jar, String name, String version, Class<?> pluginClass) throws IOException {
        write(jar, name, version, pluginClass, "[1.0,2)");
    }

    /** The same, requiring the SPI versions {@code spiRange} (a range nothing provides makes it unresolvable). */
    public static void write(Path jar, String name, String version, Class<?> pluginClass, String spiRange)
            throws IOException {
        write(jar, name, version, pluginClass, spiRange, java.util.Map.of());
    }

    /** The same, with more files in the bundle ({@code python/...}, {@code css/...}). */
    public static void write(Path jar, String name, String version, Class<?> pluginClass, String spiRange,
            java.util.Map<String, String> files) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.pyloom.test." + name);
        main.putValue("Bundle-Version", version);
        main.putValue("Import-Package", "io.pyloom.kernel.spi;version=\"" + spiRange + "\"");
        main.putValue("Provide-Capability", "pyloom.plugin;pyloom.plugin=" + name + ";version:Version=\"" + version + "\"");
        Files.createDirectories(jar.getParent());
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp); JarOutputStream out = new JarOutputStream(file, manifest)) {
            String classFile = pluginClass.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(classFile));
            try (var in = pluginClass.getClassLoader().getResourceAsStream(classFile)) {
                in.transferTo(out);
            }
            for (var extra : files.entrySet()) {
                out.putNextEntry(new JarEntry(extra.getKey()));
                out.write(extra.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.putNextEntry(new JarEntry("META-INF/services/io.pyloom.kernel.spi.Plugin"));
            out.write((pluginClass.getName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.move(tmp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // whole, so FileInstall never sees half
    }
}
