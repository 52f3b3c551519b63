package io.pyloom.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyloom.server.api.ComposeException;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import io.pyloom.server.api.UnknownPluginException;
import io.pyloom.server.http.TomlJson;
import io.pyloom.server.wheels.Wheelhouse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.osgi.framework.Bundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code assemble}: a self-hosted static site. {@code pyloom/} holds core.js (and its immutable
 * copy), core.css, coi.js, the interpreters and the TOML parser; with {@code --apps} the apps go at
 * the root, their TOML configs written as JSON so the browser needs no TOML parser for them.
 */
@Command(name = "assemble", customSynopsis = "java -jar pyloom.jar assemble --out DIR [options]",
        description = "Writes a static, self-hosted site that any static file server can serve.")
final class AssembleCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Composer composer;
    private final Bundle server;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write (new, empty, or an earlier assembly)")
    Path out;

    @Option(names = "--plugins", paramLabel = "a,b", split = ",",
            description = "the plugins of core.js (default: every installed plugin)")
    List<String> plugins;

    @Option(names = "--apps", paramLabel = "DIR", description = "copy these apps to the site's root")
    Path apps;

    @Option(names = "--wheels", paramLabel = "DIR", description = "a wheelhouse for packages, copied to pyloom/wheels/")
    Path wheels;

    @Option(names = { "--help", "-h" }, usageHelp = true, description = "show this help")
    boolean help;

    AssembleCommand(Composer composer, Bundle server) {
        this.composer = composer;
        this.server = server;
    }

    @Override
    public Integer call() throws IOException {
        Options.requireFolder(spec, "--apps", apps);
        Options.requireFolder(spec, "--wheels", wheels);
        refuseForeignOutput();
        PrintWriter progress = spec.commandLine().getOut();
        List<String> chosen = plugins == null ? new ArrayList<>(composer.defaultPlugins()) : plugins;
        progress.println("Composing core.js with plugins " + new TreeSet<>(chosen) + " ...");
        Composed composed;
        try {
            composed = composer.compose(chosen);
        } catch (UnknownPluginException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (ComposeException e) {
            spec.commandLine().getErr().println("pyloom: core.js could not be composed: " + e.getMessage());
            return 1;
        }
        Site site = new Site();
        Path pyloom = out.resolve("pyloom");
        site.write(pyloom.resolve("core.js"), composed.js());
        site.write(pyloom.resolve(composed.jsName()), composed.js());
        site.write(pyloom.resolve(composed.runtimeName()), composed.runtime()); // core.js checks its integrity
        for (Map.Entry<String, byte[]> lazy : composed.lazy().entrySet()) {
            site.write(pyloom.resolve(composed.lazyFolder() + lazy.getKey()), lazy.getValue());
        }
        if (io.pyloom.server.http.PageStorageModule.in(composed)) {
            site.write(pyloom.resolve(io.pyloom.server.http.PageStorageModule.NAME),
                    io.pyloom.server.http.PageStorageModule.source(composed));
        }
        site.write(pyloom.resolve("core.css"), composed.css());
        site.write(pyloom.resolve(composed.cssName()), composed.css());
        site.write(pyloom.resolve("coi.js"), read(server.getEntry("web/coi.js")));
        Map<String, Object> integrity = new LinkedHashMap<>();
        integrity.put("plugins", composed.plugins());
        integrity.put("js", composed.jsName());
        integrity.put("jsIntegrity", composed.jsIntegrity());
        integrity.put("css", composed.cssName());
        integrity.put("cssIntegrity", composed.cssIntegrity());
        site.write(pyloom.resolve("integrity.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(integrity));
        for (String folder : List.of("interpreters/", "vendor/")) {
            progress.println("Copying " + folder + " ...");
            for (String entry : entries(folder)) {
                byte[] bytes = read(server.getEntry(entry));
                site.write(pyloom.resolve(entry), bytes);
                String unpacked = entry.endsWith(".gz") ? entry.substring(0, entry.length() - 3) : null;
                if (unpacked != null && server.getEntry(unpacked) == null) { // stored only gzipped: a static host needs the file
                    site.write(pyloom.resolve(unpacked), gunzip(bytes));
                }
            }
        }
        if (wheels != null) {
            Map<String, Wheelhouse.Wheel> index = Wheelhouse.index(wheels);
            progress.println("Copying " + index.size() + " wheel(s) from " + wheels + " ...");
            for (Wheelhouse.Wheel wheel : index.values()) {
                site.copy(wheels.resolve(wheel.file()), pyloom.resolve("wheels").resolve(wheel.file()));
            }
            site.write(pyloom.resolve("wheels/index.json"), JSON.writeValueAsBytes(Wheelhouse.json(index)));
        }
        if (apps != null) {
            progress.println("Copying the apps from " + apps + " ...");
            int converted = copyApps(site);
            progress.println("Wrote " + converted + " TOML config(s) as JSON");
        }
        progress.printf("Assembled %s: %d files, %,d bytes (core.js %,d bytes and its runtime %,d bytes; %,d gzip)%n",
                out, site.files, site.bytes, composed.js().length, composed.runtime().length,
                composed.jsGzip().length + composed.runtimeGzip().length);
        return 0;
    }

    /** Never write over a folder of someone else's files: only a new, empty or earlier assembly. */
    private void refuseForeignOutput() throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        boolean empty;
        try (var listing = Files.list(out)) {
            empty = listing.findAny().isEmpty();
        }
        if (!empty && !Files.isRegularFile(out.resolve("pyloom/integrity.json"))) {
            throw new ParameterException(spec.commandLine(), "--out " + out
                    + " is not empty and not an earlier assembly: choose a new folder");
        }
    }

    private int copyApps(Site site) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(apps)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int converted = 0;
        for (Path file : files) {
            Path target = out.resolve(apps.relativize(file).toString());
            if (file.toString().endsWith(".toml")) {
                String toml = Files.readString(file, StandardCharsets.UTF_8);
                try {
                    // The kernel reads JSON natively; TOML text never starts with "{", so it tells them apart.
                    site.write(target, TomlJson.convert(toml).getBytes(StandardCharsets.UTF_8));
                    converted++;
                    continue;
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "invalid TOML in " + file + ": " + e.getMessage());
                }
            }
            site.copy(file, target);
        }
        return converted;
    }

    private List<String> entries(String folder) {
        List<String> files = new ArrayList<>();
        var urls = server.findEntries(folder, "*", true);
        if (urls != null) {
            for (URL url : Collections.list(urls)) {
                String path = url.getPath().substring(1);
                if (!path.endsWith("/")) {
                    files.add(path);
                }
            }
        }
        Collections.sort(files);
        return files;
    }

    private static byte[] read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    /** What was written, for the summary. */
    private static final class Site {
        int files;
        long bytes;

        void write(Path file, byte[] content) throws IOException {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            files++;
            bytes += content.length;
        }

        void copy(Path from, Path to) throws IOException {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            files++;
            bytes += Files.size(to);
        }
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
