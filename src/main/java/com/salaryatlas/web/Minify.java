package com.salaryatlas.web;

/**
 * A small, safe CSS minifier: drops comments, folds each run of whitespace into one space, and drops the space
 * around braces, semicolons, commas and child combinators and after a colon. Strings are copied untouched. A space
 * before a colon is kept, since in a selector (".a :hover") it changes the meaning; so is the space around + and -,
 * which calc() needs.
 */
final class Minify {

    private static final String TIGHT = "{};,>";
    /** After these nothing needs a space; a space before them still may. */
    private static final String TIGHT_AFTER = TIGHT + ":";

    private static final java.util.regex.Pattern LEADING_ZERO = java.util.regex.Pattern.compile("(?<=[ :(,])0\\.(\\d)");

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
            if (space && !tight && out.length() > 0 && TIGHT_AFTER.indexOf(out.charAt(out.length() - 1)) < 0) {
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
        // "0.5rem" reads the same as ".5rem"; the lookbehind keeps "10.5" whole.
        return LEADING_ZERO.matcher(out.toString().replace(";}", "}")).replaceAll(".$1");
    }
}
