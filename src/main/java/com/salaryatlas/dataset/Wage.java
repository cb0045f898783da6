package com.salaryatlas.dataset;

/**
 * One published wage. BLS caps its survey range: a wage at or above the cap is published only as "the cap or
 * more" ({@code orMore}), which is a lower bound, never a figure to compute with as if exact.
 */
public record Wage(double amount, boolean orMore) {

    /** Reads "133080", "64.5" or "239200+" (the importer's spelling of BLS's '#'). */
    static Wage parse(String cell) {
        boolean orMore = cell.endsWith("+");
        double amount = Double.parseDouble(orMore ? cell.substring(0, cell.length() - 1) : cell);
        if (!Double.isFinite(amount) || amount <= 0) {
            throw new NumberFormatException(cell);
        }
        return new Wage(amount, orMore);
    }

    /** True when the figure can be used in arithmetic: published exactly. */
    public boolean exact() {
        return !orMore;
    }
}
