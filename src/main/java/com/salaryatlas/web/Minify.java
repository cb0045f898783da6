package com.salaryatlas.web;

/**
 * A small, safe CSS minifier: drops comments, folds each run of whitespace into one space, and drops the space
 * around braces, semicolons and commas. Strings are copied untouched. Colons keep their spacing, since in a selector
 * a space before one (".a :hover") changes its meaning.
 */
final class Minify {

    private static final String TIGHT = "{};,";

    private Minify() {
    }

    static String css(String source) {
        StringBuilder out = new StringBuilder(source.length());
        boolean space = false;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            boolean tight = TIGHT.indexOf(c) >= 0;
            if (space && !tight && out.length() > 0 && TIGHT.indexOf(out.charAt(out.length() - 1)) < 0) {
                out.append(' ');
            }
            space = false;
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                out.append(source, i, Math.min(end + 1, source.length()));
                i = end + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString().replace(";}", "}");
    }
}
