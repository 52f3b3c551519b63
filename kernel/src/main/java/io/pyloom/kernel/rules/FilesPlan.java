package io.pyloom.kernel.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The config's {@code files}, resolved: which URL goes to which path. Keys like {@code {NAME}}
 * are placeholders (their values may use earlier ones); an empty destination means the URL's file
 * name at the root, a destination ending in {@code /} means that file name in that folder, and
 * one ending in {@code /*} unpacks an archive there.
 */
public final class FilesPlan {

    /** One file to fetch and where it goes. */
    public static final class Entry {
        public final String url;
        public final String path;

        Entry(String url, String path) {
            this.url = url;
            this.path = path;
        }

        public boolean isArchive() {
            return path.endsWith("/*");
        }
    }

    private FilesPlan() {
    }

    /** @param files the config's entries, in their order @throws RuleException naming the culprit */
    public static List<Entry> of(List<String[]> files) throws RuleException {
        Map<String, String> placeholders = new HashMap<>();
        Set<String> destinations = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (String[] file : files) {
            String key = file[0];
            String value = file[1];
            if (isPlaceholder(key)) {
                if (placeholders.containsKey(key)) {
                    throw new RuleException(Messages.BAD_CONFIG + "Duplicated placeholder " + key + " in files");
                }
                placeholders.put(key, fill(value, placeholders, key));
                continue;
            }
            String url = fill(key, placeholders, key);
            String destination = fill(value.isEmpty() ? "./" : value, placeholders, key);
            String path = destination.endsWith("/") ? destination + fileName(url) : destination;
            if (!destinations.add(path) && !path.endsWith("/*")) {
                throw new RuleException(Messages.BAD_CONFIG + "Duplicated destination " + path + " in files");
            }
            if (path.endsWith("/*") && archiveFormat(url) == null) {
                throw new RuleException(Messages.BAD_CONFIG + "Unsupported archive " + url
                        + " in files: only .zip, .whl, .tgz, .tar and .tar.gz unpack to a folder/*");
            }
            entries.add(new Entry(url, path));
        }
        return entries;
    }

    /** {@code zip}, {@code whl}, {@code tgz}, {@code tar.gz} or {@code tar}; null for anything else. */
    public static String archiveFormat(String url) {
        String name = fileName(url);
        for (String format : new String[] { "tar.gz", "tgz", "zip", "whl", "tar" }) {
            if (name.endsWith("." + format)) {
                return format;
            }
        }
        return null;
    }

    private static boolean isPlaceholder(String key) {
        return key.length() > 2 && key.charAt(0) == '{' && key.charAt(key.length() - 1) == '}'
                && key.indexOf('}') == key.length() - 1;
    }

    /** Replaces each {NAME} with its value; an undefined one is an error naming it and the entry. */
    private static String fill(String text, Map<String, String> placeholders, String entry) throws RuleException {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open + 1);
            if (open < 0 || close < 0) {
                out.append(text, i, text.length());
                break;
            }
            String name = text.substring(open, close + 1);
            String value = placeholders.get(name);
            if (value == null) {
                throw new RuleException(Messages.BAD_CONFIG + "Undefined placeholder " + name + " in files, used by "
                        + entry);
            }
            out.append(text, i, open).append(value);
            i = close + 1;
        }
        return out.toString();
    }

    private static String fileName(String url) {
        String path = url;
        int cut = path.indexOf('?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        cut = path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
