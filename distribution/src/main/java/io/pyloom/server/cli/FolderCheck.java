package io.pyloom.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the server can write to a folder it keeps (the disk cache, the plugins folder), asked
 * before it starts. A missing folder is fine where the server can make it; nothing is made here.
 */
final class FolderCheck {

    private FolderCheck() {
    }

    /** What keeps the server from writing there, as one line; null when it can. */
    static String problem(String option, Path folder) {
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                return option + " " + folder + " is a file, not a folder";
            }
            return Files.isWritable(absolute) ? null : option + " " + folder + " is not writable by this user";
        }
        Path existing = absolute.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return option + " " + folder + " cannot be made: none of its parent folders exists";
        }
        if (!Files.isDirectory(existing)) {
            return option + " " + folder + " cannot be made: " + existing + " is a file, not a folder";
        }
        return Files.isWritable(existing) ? null
                : option + " " + folder + " cannot be made: " + existing + " is not writable by this user";
    }
}
