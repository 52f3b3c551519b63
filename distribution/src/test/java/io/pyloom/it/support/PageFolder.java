package io.pyloom.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary apps folder that tests write their pages and files into, served with --apps. */
public final class PageFolder {

    private final Path root;

    public PageFolder(String name) throws IOException {
        root = Files.createDirectories(Path.of("target", "it-pages", name)).toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    /** Writes a file (creating folders) and returns its URL path, {@code /name}. */
    public String write(String name, String content) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return "/" + name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page that loads core.js (with {@code plugins} when not null) and has {@code body} as its body. */
    public String page(String name, String coreQuery, String body) {
        String core = "/pyloom/core.js" + (coreQuery == null ? "" : "?plugins=" + coreQuery);
        return write(name + ".html", "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + name
                + "</title>\n<script type=\"module\" src=\"" + core + "\"></script></head>\n<body>\n" + body
                + "\n</body></html>\n");
    }
}
