package io.pyloom.kernel;

/** Inline code sits indented inside HTML; Python wants it flush left. */
final class Dedent {

    private Dedent() {
    }

    /** Removes the indentation common to all non-blank lines. Tabs count as one column, as in HTML. */
    static String dedent(String code) {
        String[] lines = code.replace("\r\n", "\n").split("\n", -1);
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            int indent = indentOf(line);
            if (indent < line.length()) {
                common = Math.min(common, indent);
            }
        }
        if (common == Integer.MAX_VALUE || common == 0) {
            return String.join("\n", lines);
        }
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line.length() >= common ? line.substring(common) : line.strip());
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
