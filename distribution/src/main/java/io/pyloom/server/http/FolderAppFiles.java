package io.pyloom.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A folder of the user's ({@code --apps DIR}); nothing outside it is ever served, symlinks included. */
final class FolderAppFiles implements AppFiles {

    private final Path root;

    FolderAppFiles(Path folder) throws IOException {
        this.root = folder.toRealPath();
    }

    @Override
    public Optional<File> file(String relativePath) {
        Optional<Path> path = inside(relativePath);
        if (path.isEmpty() || !Files.isRegularFile(path.get())) {
            return Optional.empty();
        }
        Path file = path.get();
        return Optional.of(new File() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long length() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public long lastModified() {
                try {
                    return Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    return -1;
                }
            }
        });
    }

    @Override
    public boolean isFolder(String relativePath) {
        return inside(relativePath).map(Files::isDirectory).orElse(false);
    }

    /** The real path of a file under the root, or empty when it does not exist or resolves outside. */
    private Optional<Path> inside(String relativePath) {
        try {
            Path real = root.resolve(relativePath).toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }
}
