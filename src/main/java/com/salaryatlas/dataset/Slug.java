package com.salaryatlas.dataset;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A label as a URL and form value: "New York" → "new-york", "10,000 or more employees" → "10-000-or-more-employees".
 */
public final class Slug {

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slug() {
    }

    /** Lower case, each run of characters other than a–z and 0–9 one hyphen, none at either end. */
    public static String of(String label) {
        String hyphenated = NOT_SLUG.matcher(label.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = hyphenated.startsWith("-") ? 1 : 0;
        int to = hyphenated.length() > from && hyphenated.endsWith("-") ? hyphenated.length() - 1 : hyphenated.length();
        return hyphenated.substring(from, to);
    }
}
