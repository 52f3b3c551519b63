package io.pyloom.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Pure-Python wheels made by the tests, as a build backend writes them: the files, then METADATA
 * (with the requirements), WHEEL and RECORD in the project's .dist-info folder. So installs and
 * the wheelhouse are tested without the internet.
 */
public final class WheelBuilder {

    private final String project;
    private final String version;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final List<String> requires = new ArrayList<>();
    private String tag = "py3-none-any";

    private WheelBuilder(String project, String version) {
        this.project = project;
        this.version = version;
    }

    /** A wheel of the project (named as its METADATA names it) at this version, for any Python 3. */
    public static WheelBuilder wheel(String project, String version) {
        return new WheelBuilder(project, version);
    }

    /** Built for this tag instead, e.g. {@code cp312-cp312-manylinux_2_17_x86_64}. */
    public WheelBuilder tag(String tag) {
        this.tag = tag;
        return this;
    }

    /** With this file, at its path inside the wheel ({@code module/__init__.py}). */
    public WheelBuilder file(String path, String content) {
        files.put(path, content);
        return this;
    }

    /** With these files, by their paths inside the wheel. */
    public WheelBuilder files(Map<String, String> more) {
        files.putAll(more);
        return this;
    }

    /** Requiring these projects (a Requires-Dist line each, as written, markers included). */
    public WheelBuilder requires(String... requirements) {
        requires.addAll(List.of(requirements));
        return this;
    }

    /** The wheel's file name, as installers expect it. */
    public String fileName() {
        return stem() + "-" + version + "-" + tag + ".whl";
    }

    public byte[] bytes() throws IOException {
        String info = stem() + "-" + version + ".dist-info/";
        StringBuilder metadata = new StringBuilder("Metadata-Version: 2.1\nName: " + project + "\nVersion: " + version + "\n");
        requires.forEach(requirement -> metadata.append("Requires-Dist: ").append(requirement).append('\n'));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder record = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                add(zip, file.getKey(), file.getValue(), record);
            }
            add(zip, info + "METADATA", metadata.append('\n').toString(), record);
            add(zip, info + "WHEEL", "Wheel-Version: 1.0\nGenerator: pyloom-tests\nRoot-Is-Purelib: true\nTag: " + tag + "\n",
                    record);
            record.append(info).append("RECORD,,\n");
            add(zip, info + "RECORD", record.toString(), new StringBuilder());
        }
        return out.toByteArray();
    }

    /** Writes the wheel into the folder under its file name; returns the file. */
    public Path writeInto(Path folder) throws IOException {
        return Files.write(folder.resolve(fileName()), bytes());
    }

    /** The project's name as wheel file names spell it. */
    private String stem() {
        return project.replace('-', '_');
    }

    private static void add(ZipOutputStream zip, String name, String content, StringBuilder record) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        record.append(name).append(",,\n");
    }
}
