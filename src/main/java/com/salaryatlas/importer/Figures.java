package com.salaryatlas.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns one OEWS cell into its canonical text, resolving the survey's markers. */
final class Figures {

    /**
     * The top of the survey's wage range per year, as printed in each file's "Field Descriptions" sheet: a `#` cell
     * means "this or more". The May 2025 file publishes actual high values, so it has no entry and a `#` there is an
     * error rather than a guess.
     */
    private static final Map<Integer, TopCode> TOP_CODES = Map.of(
            2021, new TopCode("208000", "100"),
            2022, new TopCode("239200", "115"),
            2023, new TopCode("239200", "115"),
            2024, new TopCode("239200", "115"));

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private record TopCode(String annual, String hourly) {
    }

    private Figures() {
    }

    /** A count, ratio or standard error: `*` and `**` (not published) become an empty cell. */
    static String number(String raw, String where, String column) {
        if (raw.isEmpty() || isNotPublished(raw)) {
            return "";
        }
        return canonical(parse(raw, where, column));
    }

    static String annualWage(String raw, int year, String where, String column) {
        if (raw.equals("#")) {
            return topCode(year, where, column).annual() + "+";
        }
        if (raw.isEmpty() || isNotPublished(raw)) {
            return "";
        }
        // BLS rounds annual wages to whole dollars; a spreadsheet may still carry binary noise behind them.
        return canonical(parse(raw, where, column).setScale(0, RoundingMode.HALF_UP));
    }

    static String hourlyWage(String raw, int year, String where, String column) {
        if (raw.equals("#")) {
            return topCode(year, where, column).hourly() + "+";
        }
        return number(raw, where, column);
    }

    /** ANNUAL and HOURLY hold TRUE when only that kind of wage is published. */
    static boolean flag(String raw, String where, String column) {
        String value = raw.toUpperCase(Locale.ROOT);
        if (value.equals("TRUE")) {
            return true;
        }
        if (value.isEmpty() || value.equals("FALSE")) {
            return false;
        }
        throw new BadInput(where, column + " should be TRUE or empty, not '" + raw + "'");
    }

    /** PCT_RPT is `~` when fewer than 0.5% of establishments reported the occupation; any number is fine otherwise. */
    static boolean fewReporting(String raw, String where, String column) {
        if (raw.equals("~")) {
            return true;
        }
        number(raw, where, column);
        return false;
    }

    private static boolean isNotPublished(String raw) {
        return raw.equals("*") || raw.equals("**");
    }

    private static TopCode topCode(int year, String where, String column) {
        TopCode top = TOP_CODES.get(year);
        if (top == null) {
            throw new BadInput(where, column + " is '#' (at or above the top of the wage range), but the top of the "
                    + "range for May " + year + " is not known to the importer");
        }
        return top;
    }

    private static BigDecimal parse(String raw, String where, String column) {
        String text = GROUPED.matcher(raw).matches() ? raw.replace(",", "") : raw;
        if (!PLAIN.matcher(text).matches()) {
            throw new BadInput(where, column + " is not a number or an OEWS marker: '" + raw + "'");
        }
        return new BigDecimal(text);
    }

    private static String canonical(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
