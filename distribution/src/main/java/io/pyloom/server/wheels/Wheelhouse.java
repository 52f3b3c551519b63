package io.pyloom.server.wheels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of wheels, indexed by normalized project name: the newest usable wheel of each, and the
 * projects it requires (from its METADATA), so the browser can install a package and its
 * dependencies without an index on the internet. As pip does by default, the newest is the newest
 * final release; pre- and dev-releases only count for a project that has nothing else.
 */
public final class Wheelhouse {

    private static final Logger LOG = LoggerFactory.getLogger(Wheelhouse.class);
    /** name-version(-build)?-python-abi-platform.whl */
    private static final Pattern WHEEL = Pattern.compile("([^-]+)-([^-]+)(-\\d[^-]*)?-([^-]+)-([^-]+)-([^-]+)\\.whl");

    /**
     * Version strings from the least to the most wanted: PEP 440 versions that are not pre- or
     * dev-releases above those that are, and both above strings that are no PEP 440 version.
     */
    static final Comparator<String> PREFERENCE = Comparator.comparingInt(Wheelhouse::tier).thenComparing(Pep440Version.ORDER);

    /** One project's wheel. */
    public record Wheel(String file, String version, List<String> requires) {
    }

    private Wheelhouse() {
    }

    /** PEP 503: lowercase, runs of {@code -_.} become one dash. */
    public static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** The index of a folder; wheels that are not for the browser or cannot be read are logged and left out. */
    public static Map<String, Wheel> index(Path folder) throws IOException {
        Map<String, Wheel> index = new TreeMap<>();
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".whl")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            var parts = WHEEL.matcher(name);
            if (!parts.matches()) {
                LOG.warn("Skipping {} in the wheelhouse: not a wheel file name", name);
                continue;
            }
            String platform = parts.group(6);
            if (!platform.equals("any") && !platform.contains("wasm32")) {
                LOG.warn("Skipping {} in the wheelhouse: built for {}, not for the browser", name, platform);
                continue;
            }
            Map<String, List<String>> metadata;
            try {
                metadata = metadata(file);
            } catch (IOException e) {
                LOG.warn("Skipping {} in the wheelhouse: {}", name, e.getMessage());
                continue;
            }
            String project = normalize(first(metadata, "Name", parts.group(1)));
            String version = first(metadata, "Version", parts.group(2));
            Wheel wheel = new Wheel(name, version, requirements(metadata.getOrDefault("Requires-Dist", List.of())));
            Wheel known = index.get(project);
            if (known == null || PREFERENCE.compare(version, known.version()) > 0) {
                index.put(project, wheel);
            }
        }
        return index;
    }

    /** As JSON-ready data: {@code {"packages": {name: {file, version, requires}}}}. */
    public static Map<String, Object> json(Map<String, Wheel> index) {
        Map<String, Object> packages = new LinkedHashMap<>();
        index.forEach((name, wheel) -> packages.put(name,
                Map.of("file", wheel.file(), "version", wheel.version(), "requires", wheel.requires())));
        return Map.of("packages", packages);
    }

    private static String first(Map<String, List<String>> metadata, String field, String fallback) {
        List<String> values = metadata.get(field);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    /** The required project names; those only wanted for an extra are left out. */
    static List<String> requirements(List<String> requiresDist) {
        List<String> names = new ArrayList<>();
        for (String requirement : requiresDist) {
            int marker = requirement.indexOf(';');
            if (marker >= 0 && requirement.substring(marker).contains("extra")) {
                continue;
            }
            String name = requirement.split("[\\s;(<>=!~\\[]", 2)[0];
            if (!name.isEmpty()) {
                names.add(normalize(name));
            }
        }
        return names;
    }

    /** The header fields of the wheel's {@code *.dist-info/METADATA}. */
    private static Map<String, List<String>> metadata(Path wheel) throws IOException {
        try (ZipFile zip = new ZipFile(wheel.toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().matches("[^/]+\\.dist-info/METADATA")).findFirst()
                    .orElseThrow(() -> new IOException("no .dist-info/METADATA in it"));
            Map<String, List<String>> fields = new LinkedHashMap<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null && !line.isEmpty()) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
                        fields.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
                    }
                }
            }
            return fields;
        }
    }

    /** 2 for a final (or post-) release, 1 for a pre- or dev-release, 0 for no PEP 440 version. */
    private static int tier(String version) {
        return Pep440Version.parse(version).map(v -> v.isPreRelease() ? 1 : 2).orElse(0);
    }
}
