package io.pyloom.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Pure-Python wheels made by the tests, so package installs are tested without the internet. */
public final class Wheels {

    private Wheels() {
    }

    /** A py3-none-any wheel of {@code module} (a package with these files) at {@code version}. */
    public static byte[] wheel(String distribution, String version, String module, Map<String, String> files)
            throws IOException {
        String info = distribution.replace('-', '_') + "-" + version + ".dist-info/";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder record = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                add(zip, module + "/" + file.getKey(), file.getValue(), record);
            }
            add(zip, info + "METADATA", "Metadata-Version: 2.1\nName: " + distribution + "\nVersion: " + version + "\n", record);
            add(zip, info + "WHEEL", "Wheel-Version: 1.0\nGenerator: pyloom-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n", record);
            record.append(info).append("RECORD,,\n");
            zip.putNextEntry(new ZipEntry(info + "RECORD"));
            zip.write(record.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, String content, StringBuilder record) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        record.append(name).append(",,\n");
    }

    /** The wheel's file name, as installers expect it. */
    public static String fileName(String distribution, String version) {
        return distribution.replace('-', '_') + "-" + version + "-py3-none-any.whl";
    }
}
