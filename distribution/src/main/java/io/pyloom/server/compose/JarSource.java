package io.pyloom.server.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** A bundle read straight from its jar file: for tools and tests that run outside OSGi. */
public final class JarSource implements BundleSource {

    private final String name;
    private final String version;
    private final Path jar;

    public JarSource(String name, String version, Path jar) {
        this.name = name;
        this.version = version;
        this.jar = jar.toAbsolutePath();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public URL entry(String path) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(path);
            return entry == null || entry.isDirectory() ? null : new URL("jar:" + jar.toUri() + "!/" + path);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> files(String folder) {
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                    .map(ZipEntry::getName).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
