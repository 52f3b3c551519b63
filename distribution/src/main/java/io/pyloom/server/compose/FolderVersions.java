package io.pyloom.server.compose;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Version;

/**
 * Version folder names ({@code interpreters/pyodide/0.27.2/}, {@code vendor/smol-toml/1.9.1/})
 * ordered as versions, oldest first, so that {@code 0.10} comes after {@code 0.9}. The leading
 * numbers (up to three, as OSGi's major.minor.micro) are compared as an OSGi {@link Version}; a
 * name with nothing after them is above one with a suffix ({@code 1.0.0} above
 * {@code 1.0.0-preview.1}); names that do not start with a number are below all others. No name
 * throws, and the order is total: equal only for equal names.
 */
public final class FolderVersions {

    /** Oldest first. */
    public static final Comparator<String> ORDER = Comparator.comparing(FolderVersions::numbers,
            Comparator.nullsFirst(Comparator.<Version>naturalOrder()))
            .thenComparing(FolderVersions::isPlain)
            .thenComparing(Comparator.naturalOrder());

    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private FolderVersions() {
    }

    /** The newest of some version folder names. */
    public static Optional<String> newest(Collection<String> names) {
        return names.stream().max(ORDER);
    }

    /** The leading numbers as a Version, or null when the name does not start with one (or it is too large). */
    static Version numbers(String name) {
        Matcher m = NUMBERS.matcher(name);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return new Version(Integer.parseInt(m.group(1)), part(m.group(2)), part(m.group(3)));
        } catch (IllegalArgumentException e) { // NumberFormatException is one
            return null;
        }
    }

    /** Whether the name is only numbers: a release, not a preview of one. */
    private static boolean isPlain(String name) {
        Matcher m = NUMBERS.matcher(name);
        return m.matches();
    }

    private static int part(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
