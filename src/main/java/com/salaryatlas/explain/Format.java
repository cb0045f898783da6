package com.salaryatlas.explain;

/**
 * The one way the site writes money, percentages and occupations: $133,080 · $63.98 · 14.1% · Software Developers
 * (BLS 15-1252). Fast: estimates format on every call.
 */
public final class Format {

    private Format() {
    }

    /** An occupation as BLS names it, with its code: "Software Developers (BLS 15-1252)". */
    public static String occupation(String title, String soc) {
        return title + " (BLS " + soc + ")";
    }

    public static String money(double amount) {
        long dollars = Math.round(amount);
        StringBuilder out = new StringBuilder(12);
        if (dollars < 0) {
            out.append('-');
            dollars = -dollars;
        }
        out.append('$');
        appendGrouped(out, dollars);
        return out.toString();
    }

    /** Hourly pay, to the cent. */
    public static String cents(double amount) {
        long cents = Math.round(amount * 100);
        StringBuilder out = new StringBuilder(12).append('$');
        appendGrouped(out, cents / 100);
        long rest = cents % 100;
        return out.append('.').append(rest < 10 ? "0" : "").append(rest).toString();
    }

    /** A signed dollar change: +$12,300, −$4,000, $0. */
    public static String change(long amount) {
        if (amount == 0) {
            return "$0";
        }
        return (amount > 0 ? "+" : "\u2212") + money(Math.abs(amount));
    }

    /**
     * Every percentage on the site is rounded one way, to one decimal place, a trailing .0 dropped: 14.1%, 30%, 0.6%.
     * A value that would round to zero but is not zero says so: "under 0.1%".
     */
    public static String percent(double value) {
        if (value != 0 && Math.abs(value) < 0.05) {
            return (value < 0 ? "\u2212" : "") + "under 0.1%";
        }
        long tenths = Math.round(value * 10);
        StringBuilder out = new StringBuilder(8);
        if (tenths < 0) {
            out.append('\u2212');
            tenths = -tenths;
        }
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
        return out.append('%').toString();
    }

    /** A percentage range, "5–12%", or one figure when both ends agree, "20%". */
    public static String percentRange(double low, double high) {
        return low == high ? percent(low) : percent(low).replace("%", "") + "\u2013" + percent(high);
    }

    public static String signedPercent(double value) {
        return (value > 0 ? "+" : "") + percent(value);
    }

    /** A whole count with thousands separators: 7,257. */
    public static String count(long n) {
        StringBuilder out = new StringBuilder(10);
        if (n < 0) {
            out.append('-');
            n = -n;
        }
        appendGrouped(out, n);
        return out.toString();
    }

    /** Two decimals, as BLS prints quotients and ratios: "1.32". */
    public static String decimal(double value) {
        return fixed(value, 2);
    }

    /** One decimal, as BEA prints a price parity: "108.2". */
    public static String oneDecimal(double value) {
        return fixed(value, 1);
    }

    /**
     * What {@code String.format("%.Nf")} prints (its digits rounded half up, a negative sign kept on zero), without
     * parsing a format string with a regex on every call: the calculator's factor lines print several per estimate.
     */
    private static String fixed(double value, int places) {
        if (!Double.isFinite(value)) {
            return String.format(java.util.Locale.US, "%." + places + "f", value);
        }
        String digits = new java.math.BigDecimal(Double.toString(Math.abs(value)))
                .setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
        return Math.copySign(1.0, value) < 0 ? "-" + digits : digits;
    }

    public static String ordinal(long n) {
        long mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    public static String range(double low, double high) {
        return money(low) + "\u2013" + money(high);
    }

    private static void appendGrouped(StringBuilder out, long value) {
        if (value < 1000) {
            out.append(value);
            return;
        }
        appendGrouped(out, value / 1000);
        long rest = value % 1000;
        out.append(',');
        if (rest < 100) {
            out.append('0');
        }
        if (rest < 10) {
            out.append('0');
        }
        out.append(rest);
    }
}
