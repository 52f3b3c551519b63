package io.pyloom.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Inline code sits indented inside HTML; Python wants it flush left.
 *
 * <p>Plain loops on purpose: String.split and Character's Unicode tables would add tens of KB to
 * core.js.
 */
final class Dedent {

    private Dedent() {
    }

    /** Removes the indentation common to all non-blank lines; blank lines become empty. */
    static String dedent(String code) {
        List<String> lines = lines(code);
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            int indent = indentOf(line);
            if (indent < line.length()) {
                common = Math.min(common, indent);
            }
        }
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean blank = indentOf(line) == line.length();
            if (!blank) {
                out.append(common == Integer.MAX_VALUE ? line : line.substring(common));
            }
            if (i < lines.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> lines(String code) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(code.substring(start, i));
                if (c == '\r' && i + 1 < code.length() && code.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(code.substring(start));
        return lines;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
