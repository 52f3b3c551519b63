package io.pyloom.server.wheels;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small wheels for the tests: only the METADATA the wheelhouse reads. */
final class TestWheels {

    private TestWheels() {
    }

    /** Writes {@code project-version-py3-none-any.whl} into the folder, with these requirements. */
    static Path wheel(Path folder, String project, String version, String... requires) throws IOException {
        Path file = folder.resolve(project + "-" + version + "-py3-none-any.whl");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(project + "-" + version + ".dist-info/METADATA"));
            StringBuilder metadata = new StringBuilder("Metadata-Version: 2.1\nName: " + project + "\nVersion: " + version + "\n");
            for (String requirement : requires) {
                metadata.append("Requires-Dist: ").append(requirement).append('\n');
            }
            zip.write(metadata.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
