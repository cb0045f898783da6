package com.salaryatlas.estimate;

import com.salaryatlas.salary.TotalComp;

/** One part of total compensation in dollars a year, from its dataset row; {@code openEnded} when only a floor is published. */
public record CompComponent(TotalComp row, long low, long high) {

    public String component() {
        return row.component();
    }

    public String label() {
        return Character.toUpperCase(row.component().charAt(0)) + row.component().substring(1);
    }

    public boolean openEnded() {
        return row.high() == null;
    }

    public String source() {
        return row.source();
    }

    /** How the amount was worked out, e.g. "5–10% of base". */
    public String basis() {
        return describe(row);
    }

    /** A total-compensation row as every page writes it: "5–10% of base", "$15,000–$30,000 a year". */
    public static String describe(TotalComp t) {
        if (t.unit().equals("usd")) {
            return (t.high() == null ? Format.money(t.low()) + " or more" : Format.range(t.low(), t.high())) + " a year";
        }
        return (t.high() == null ? Format.percent(t.low()) + " or more" : Format.percentRange(t.low(), t.high())) + " of base";
    }
}
