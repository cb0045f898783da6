package com.salaryatlas.explain;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.Source;
import com.salaryatlas.dataset.TotalComp;
import com.salaryatlas.dataset.Wage;
import com.salaryatlas.estimate.CompComponent;
import com.salaryatlas.estimate.Factor;
import com.salaryatlas.estimate.Factor.Kind;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.estimate.WhatIf;
import java.util.Map;

/**
 * The sentences that explain the estimation service's numbers: each factor's label and effect, how a role's
 * distribution was obtained, the parts of total pay, where a figure sits. The only place these words are written,
 * so the calculator page, its live update and the API say the same thing.
 */
public final class Explanations {

    private final Map<String, Source> sources;

    public Explanations(Dataset data) {
        this.sources = data.sourcesById();
    }

    public String label(Factor f) {
        String title = f.kind() == Kind.COMPANY ? "Company type: " : "Skill: ";
        return switch (f.reason()) {
            case EXPERIENCE_YEARS -> {
                long years = Math.round(f.figure("years"));
                yield "Experience: " + years + (years == 1 ? " year" : " years") + " (" + level(f).label.toLowerCase() + " band)";
            }
            case EXPERIENCE_LEVEL -> "Experience: " + level(f).label + " (" + level(f).years() + ")";
            case PLACE_NATIONAL -> "Location: " + f.subject() + " (national)";
            case PLACE_NO_FIGURE, PLACE_REMOTE, PLACE_RATIO, PLACE_METRO, PLACE_METRO_NO_FIGURE -> "Location: " + f.subject();
            case SKILL_POSTINGS, PREMIUM_UNKNOWN, PREMIUM_NOT_FOR_ROLE, PREMIUM_NO_FIGURE, PREMIUM_RANGE -> title + f.subject();
            case CAP -> "Cap on combined premiums";
        };
    }

    public String effect(Factor f) {
        return switch (f.reason()) {
            case EXPERIENCE_YEARS, EXPERIENCE_LEVEL -> "Uses the " + Format.ordinal(level(f).fromPercentile) + " to "
                    + Format.ordinal(level(f).toPercentile) + " percentile of the role's national pay, "
                    + Format.range(f.figure("bandLow"), f.figure("bandHigh")) + "; the middle sits near the "
                    + Format.ordinal(Math.round(f.figure("point"))) + " percentile.";
            case PLACE_NATIONAL -> "National pay; no place adjustment.";
            case PLACE_NO_FIGURE -> "BLS publishes no exact median for this occupation in " + f.subject()
                    + ", so the national figure is used.";
            case PLACE_METRO_NO_FIGURE -> "Metro areas are placed by their state, and BLS publishes no exact median for "
                    + "this occupation in " + f.note() + ", so the national figure is used.";
            case PLACE_METRO -> "Placed by its state, " + f.note() + ": " + Format.money(f.figure("state")) + " median there ÷ "
                    + Format.money(f.figure("national")) + " national median = ×" + ratio(f.figure("ratio"))
                    + ". The metro's own published figure names no survey we can compare like with like, so it is shown as context only.";
            case PLACE_REMOTE -> "No remote pay figure is applied; the national figure is used."
                    + (f.note() == null ? "" : " Source note: " + f.note() + ".");
            case PLACE_RATIO -> Format.money(f.figure("state")) + " median here ÷ " + Format.money(f.figure("national"))
                    + " national median for the same occupation and period = ×" + ratio(f.figure("ratio")) + ".";
            case SKILL_POSTINGS -> "Postings for this role naming " + f.subject() + " advertise a median of "
                    + Format.money(f.figure("median")) + (f.has("n") ? " (n=" + Math.round(f.figure("n")) + ")" : "")
                    + " against " + Format.money(f.figure("baseline")) + " for all its postings: "
                    + Format.signedPercent(f.percent()) + ".";
            case PREMIUM_UNKNOWN -> "We have no figure for this, so it changes nothing.";
            case PREMIUM_NOT_FOR_ROLE -> "Our sources give no figure for this with this role, so it changes nothing.";
            case PREMIUM_NO_FIGURE -> "The source gives no percentage" + (f.note() == null ? "" : " (" + f.note() + ")")
                    + ", so it changes nothing.";
            case PREMIUM_RANGE -> "+" + Format.percentRange(f.figure("low"), f.figure("high")) + " on base pay"
                    + (f.figure("low") == f.figure("high") ? "." : "; the middle of the estimate takes "
                    + Format.signedPercent(f.percent()) + ".");
            case CAP -> "Premiums stack to more than +" + Format.percent(f.figure("cap"))
                    + "; we cap the combined lift there because no source measures stacked premiums.";
        };
    }

    /** Up, down or none: how the result panel marks a factor's line. */
    public static String direction(long change) {
        return change > 0 ? "up" : change < 0 ? "down" : "none";
    }

    public String sourceName(String sourceId) {
        Source s = sourceId == null ? null : sources.get(sourceId);
        return s == null ? "Salary Atlas method" : s.citation();
    }

    /** How a role's distribution was obtained, citing its source. */
    public String basis(RoleDistribution rd) {
        RoleFigure primary = rd.primary();
        String cited = sources.get(primary.source()).citation();
        if (!rd.derived()) {
            return "Published 10th–90th percentiles (" + cited + ").";
        }
        String from = primary.kind().equals("median")
                ? "A published median of " + Format.money(primary.median()) + " (" + cited + ")"
                : "The midpoint of a published range of " + Format.range(primary.low(), primary.high()) + " (" + cited + ")";
        return from + "; the spread around it is modelled on the shape of " + rd.shape().title() + " (BLS "
                + rd.shape().soc() + ", " + sources.get(rd.shape().source()).referencePeriod() + ").";
    }

    public static String whatIf(WhatIf w) {
        return w.kind() == Kind.COMPANY ? "at a " + w.subject().toLowerCase() : "with " + w.subject();
    }

    public static String componentLabel(CompComponent c) {
        return Character.toUpperCase(c.component().charAt(0)) + c.component().substring(1);
    }

    /** A total-compensation row as every page writes it: "5–10% of base", "$15,000–$30,000 a year". */
    public static String describe(TotalComp t) {
        if (t.unit().equals("usd")) {
            return (t.high() == null ? Format.money(t.low()) + " or more" : Format.range(t.low(), t.high())) + " a year";
        }
        return (t.high() == null ? Format.percent(t.low()) + " or more" : Format.percentRange(t.low(), t.high())) + " of base";
    }

    /** One part of total pay in dollars: "$7,000–$14,000", or "$30,000 or more" when only a floor is published. */
    public static String amount(CompComponent c) {
        return Format.money(c.low()) + (c.openEnded() ? " or more" : "\u2013" + Format.money(c.high()));
    }

    /** A published annual wage: "$133,080", "$239,200 or more" for BLS's top-coded values, or "not published". */
    public static String wage(Wage w) {
        if (w == null) {
            return "not published";
        }
        return Format.money(w.amount()) + (w.orMore() ? " or more" : "");
    }

    /** A published hourly wage: "$63.98", "$115.00 or more", or "not published". */
    public static String hourlyWage(Wage w) {
        if (w == null) {
            return "not published";
        }
        return Format.cents(w.amount()) + (w.orMore() ? " or more" : "");
    }

    public static String percentileSentence(double percentile, String subject) {
        String where;
        if (percentile < 10) {
            where = "below the 10th percentile";
        } else if (percentile > 90) {
            where = "above the 90th percentile";
        } else {
            where = "at about the " + Format.ordinal(Math.round(percentile)) + " percentile";
        }
        return subject + " sits " + where + " of national pay for this role.";
    }

    /** One source's figure as tables print it: percentiles as their spread, a range as published. */
    public static String figureText(RoleFigure f) {
        return switch (f.kind()) {
            case "percentiles" -> Format.money(f.p10()) + " to " + Format.money(f.p90()) + ", median " + Format.money(f.median());
            case "median", "average" -> Format.money(f.median());
            default -> f.low() == null ? "up to " + Format.money(f.high())
                    : f.high() == null ? Format.money(f.low()) + " or more" : Format.range(f.low(), f.high());
        };
    }

    public static String premiumText(Premium p) {
        return "+" + Format.percentRange(p.lowPct(), p.highPct());
    }

    private static Level level(Factor f) {
        return Level.bySlug(f.subject()).orElseThrow();
    }

    private static String ratio(double ratio) {
        long thousandths = Math.round(ratio * 1000);
        String frac = Long.toString(thousandths % 1000);
        return thousandths / 1000 + "." + "000".substring(frac.length()) + frac;
    }
}
