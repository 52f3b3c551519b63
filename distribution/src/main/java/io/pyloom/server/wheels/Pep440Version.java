package io.pyloom.server.wheels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python package version, ordered as PEP 440 orders them: {@code 1.0.dev1 < 1.0a1 < 1.0b1 < 1.0rc1
 * < 1.0 < 1.0.post1 < 1.1}, with {@code 1.0 == 1.0.0}. The fields are normalized, so equal versions
 * are equal records.
 *
 * @param epoch   the {@code N!} prefix, 0 without one
 * @param release the release numbers, trailing zeros dropped
 * @param pre     {@code a}, {@code b} or {@code rc} with its number, or null
 * @param post    the post-release number, or -1
 * @param dev     the dev-release number, or -1
 * @param local   the {@code +local} segments, lowercase, numbers without leading zeros; empty without one
 */
public record Pep440Version(long epoch, List<Long> release, PreRelease pre, long post, long dev, List<String> local)
        implements Comparable<Pep440Version> {

    /** {@code a1}, {@code b2}, {@code rc3}; the labels' order is their alphabetical one. */
    public record PreRelease(String label, long number) {
    }

    /**
     * Version strings from the best to the worst, for choosing a version: valid versions before
     * invalid ones (which keep their text order), so that no input throws and every run picks alike.
     */
    public static final Comparator<String> ORDER = (a, b) -> {
        Optional<Pep440Version> left = parse(a);
        Optional<Pep440Version> right = parse(b);
        if (left.isPresent() && right.isPresent()) {
            return left.get().compareTo(right.get());
        }
        if (left.isPresent() != right.isPresent()) {
            return left.isPresent() ? 1 : -1;
        }
        return a.compareTo(b);
    };

    // PEP 440's own pattern (Appendix B), which also reads the non-normal spellings it allows.
    private static final Pattern VERSION = Pattern.compile("""
            v?
            (?:(?<epoch>[0-9]+)!)?
            (?<release>[0-9]+(?:\\.[0-9]+)*)
            (?<pre>[-_.]?(?<preLabel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preNumber>[0-9]+)?)?
            (?<post>-(?<postNumber1>[0-9]+)|[-_.]?(?:post|rev|r)[-_.]?(?<postNumber2>[0-9]+)?)?
            (?<dev>[-_.]?dev[-_.]?(?<devNumber>[0-9]+)?)?
            (?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
            """, Pattern.CASE_INSENSITIVE | Pattern.COMMENTS);

    public Pep440Version {
        release = List.copyOf(release);
        local = List.copyOf(local);
    }

    /** The version a string spells, or empty when it is not a PEP 440 version (or a number overflows). */
    public static Optional<Pep440Version> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            List<Long> release = new ArrayList<>();
            for (String part : m.group("release").split("\\.")) {
                release.add(Long.parseLong(part));
            }
            while (release.size() > 1 && release.get(release.size() - 1) == 0) {
                release.remove(release.size() - 1);
            }
            PreRelease pre = m.group("pre") == null ? null
                    : new PreRelease(preLabel(m.group("preLabel")), number(m.group("preNumber")));
            long post = m.group("post") == null ? -1
                    : number(m.group("postNumber1") != null ? m.group("postNumber1") : m.group("postNumber2"));
            long dev = m.group("dev") == null ? -1 : number(m.group("devNumber"));
            List<String> local = new ArrayList<>();
            if (m.group("local") != null) {
                for (String segment : m.group("local").toLowerCase(Locale.ROOT).split("[-_.]")) {
                    local.add(segment.matches("[0-9]+") ? Long.toString(Long.parseLong(segment)) : segment);
                }
            }
            return Optional.of(new Pep440Version(m.group("epoch") == null ? 0 : Long.parseLong(m.group("epoch")),
                    release, pre, post, dev, local));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a number too large for a long
        }
    }

    /** Whether pip leaves this version out by default when a final release exists: a pre- or dev-release. */
    public boolean isPreRelease() {
        return pre != null || dev >= 0;
    }

    @Override
    public int compareTo(Pep440Version other) {
        int compared = Long.compare(epoch, other.epoch);
        if (compared == 0) {
            compared = compareRelease(release, other.release);
        }
        if (compared == 0) {
            compared = Integer.compare(preRank(), other.preRank());
        }
        if (compared == 0 && pre != null && other.pre != null) {
            compared = Comparator.comparing(PreRelease::label).thenComparingLong(PreRelease::number).compare(pre, other.pre);
        }
        if (compared == 0) {
            compared = Long.compare(post, other.post); // none (-1) below any post-release
        }
        if (compared == 0) {
            compared = Long.compare(dev < 0 ? Long.MAX_VALUE : dev, other.dev < 0 ? Long.MAX_VALUE : other.dev);
        }
        if (compared == 0) {
            compared = compareLocal(local, other.local);
        }
        return compared;
    }

    /**
     * Where the pre-release part puts a version among those of the same release: a dev-release of
     * the release itself ({@code 1.0.dev1}) below its pre-releases, which are below the rest.
     */
    private int preRank() {
        if (pre != null) {
            return 1;
        }
        return post < 0 && dev >= 0 ? 0 : 2;
    }

    private static int compareRelease(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int compared = Long.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    /** No local part is lowest; segment by segment, numbers above words, numbers as numbers; a longer list wins a tie. */
    private static int compareLocal(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String l = a.get(i);
            String r = b.get(i);
            boolean ln = l.chars().allMatch(Character::isDigit);
            boolean rn = r.chars().allMatch(Character::isDigit);
            int compared = ln && rn ? Long.compare(Long.parseLong(l), Long.parseLong(r))
                    : ln != rn ? (ln ? 1 : -1) : l.compareTo(r);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static String preLabel(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "alpha", "a" -> "a";
            case "beta", "b" -> "b";
            default -> "rc"; // c, pre, preview, rc
        };
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (epoch != 0) {
            text.append(epoch).append('!');
        }
        text.append(String.join(".", release.stream().map(String::valueOf).toList()));
        if (pre != null) {
            text.append(pre.label()).append(pre.number());
        }
        if (post >= 0) {
            text.append(".post").append(post);
        }
        if (dev >= 0) {
            text.append(".dev").append(dev);
        }
        if (!local.isEmpty()) {
            text.append('+').append(String.join(".", local));
        }
        return text.toString();
    }
}
