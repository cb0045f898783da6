package com.salaryatlas.explain;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.Source;
import com.salaryatlas.dataset.SurveyLanguage;
import com.salaryatlas.dataset.TotalComp;
import com.salaryatlas.dataset.Wage;
import com.salaryatlas.estimate.CompComponent;
import com.salaryatlas.estimate.Estimate;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.Factor;
import com.salaryatlas.estimate.Figures;
import com.salaryatlas.estimate.Factor.Kind;
import com.salaryatlas.estimate.Factor.Reason;
import com.salaryatlas.estimate.OfferCheck;
import com.salaryatlas.estimate.TotalCompensation;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.estimate.WhatIf;
import java.util.Map;

/**
 * The sentences that explain the estimation service's numbers: each factor's label and effect, how a role's
 * distribution was obtained, the parts of total pay, where a figure sits. The only place these words are written,
 * so the calculator page, its live update and the API say the same thing.
 */
public final class Explanations {

    private final Dataset data;
    private final Map<String, Source> sources;

    public Explanations(Dataset data) {
        this.data = data;
        this.sources = data.sourcesById();
    }

    public String label(Factor f) {
        String title = f.kind() == Kind.COMPANY ? "Company type: " : "Skill: ";
        return switch (f.reason()) {
            case EXPERIENCE_YEARS -> {
                long years = Math.round(f.figures(Figures.Survey.class).years());
                yield "Experience: " + years + (years == 1 ? " year" : " years") + " (" + level(f).label.toLowerCase() + ")";
            }
            case EXPERIENCE_LEVEL -> "Experience: " + level(f).label + " (" + level(f).years() + ")";
            case PLACE_NATIONAL -> "Location: " + f.subject() + " (national)";
            case PLACE_NO_FIGURE, PLACE_REMOTE, PLACE_RATIO, PLACE_METRO, PLACE_METRO_NO_FIGURE -> "Location: " + f.subject();
            case SKILL_POSTINGS, SKILL_SURVEY, SKILL_NO_SAMPLE, PREMIUM_SAME_GROUP, PREMIUM_UNKNOWN, PREMIUM_NOT_FOR_ROLE, PREMIUM_NO_FIGURE,
                 PREMIUM_RANGE -> title + f.subject();
            case INDUSTRY_RATIO, INDUSTRY_NO_FIGURE -> "Industry: " + f.subject();
            case SURVEY_RATIO -> (f.kind() == Kind.COMPANY_SIZE ? "Company size: " : "Work arrangement: ") + f.subject();
            case CAP -> "Cap on combined premiums";
        };
    }

    public String effect(Factor f) {
        return switch (f.reason()) {
            case EXPERIENCE_YEARS, EXPERIENCE_LEVEL -> experience(f);
            case PLACE_NATIONAL -> "National pay; no place adjustment.";
            case PLACE_NO_FIGURE -> "BLS publishes no exact median for this occupation in " + f.subject()
                    + ", so the national figure is used.";
            case PLACE_METRO_NO_FIGURE -> "Metro areas are placed by their state, and BLS publishes no exact median for "
                    + "this occupation in " + f.note() + ", so the national figure is used.";
            case PLACE_METRO -> {
                Figures.Ratio r = f.figures(Figures.Ratio.class);
                yield "Placed by its state, " + f.note() + ": " + Format.money(r.here()) + " median there ÷ "
                        + Format.money(r.base()) + " national median = ×" + ratio(r.ratio())
                        + ". The metro's own published figure names no survey we can compare like with like, so it is shown as context only.";
            }
            case PLACE_REMOTE -> "No remote pay figure is applied; the national figure is used."
                    + (f.note() == null ? "" : " Source note: " + f.note() + ".");
            case PLACE_RATIO -> {
                Figures.Ratio r = f.figures(Figures.Ratio.class);
                yield Format.money(r.here()) + " median here ÷ " + Format.money(r.base())
                        + " national median for the same occupation and period = ×" + ratio(r.ratio()) + ".";
            }
            case SKILL_POSTINGS -> {
                Figures.Postings p = f.figures(Figures.Postings.class);
                yield "Postings for this role naming " + f.subject() + " advertise a median of " + Format.money(p.median())
                        + " (n=" + Format.count(p.n()) + ") against " + Format.money(p.baseline()) + " for all its postings, "
                        + Format.signedPercent(p.measured()) + ". Shrunk for its sample size (n ÷ (n + 100) = "
                        + Format.decimal(p.weight()) + "), it counts " + Format.signedPercent(f.percent()) + ".";
            }
            case SKILL_SURVEY -> language(f);
            case SKILL_NO_SAMPLE -> {
                Figures.Postings p = f.figures(Figures.Postings.class);
                yield "Postings naming " + f.subject() + " advertise " + Format.money(p.median()) + " against "
                        + Format.money(p.baseline()) + ", but the source gives no sample size, so we cannot "
                        + "tell a real lift from noise and do not apply it.";
            }
            case PREMIUM_SAME_GROUP -> "Counted once with " + f.note() + ", the larger lift in the same group: "
                    + "related skills or certifications do not stack.";
            case INDUSTRY_RATIO -> {
                Figures.Ratio r = f.figures(Figures.Ratio.class);
                yield Format.money(r.here()) + " median in this industry ÷ " + Format.money(r.base())
                        + " across all industries, same occupation and period = ×" + ratio(r.ratio()) + "." + totalPay(f);
            }
            case SURVEY_RATIO -> {
                Figures.SurveyRatio r = f.figures(Figures.SurveyRatio.class);
                yield "In the Stack Overflow survey (2023 and 2024 pooled, n = " + Format.count(r.n()) + "), developers "
                        + (f.kind() == Kind.COMPANY_SIZE ? "at companies of this size" : "who work this way")
                        + " report a median total pay ×" + ratio(r.ratio()) + " that of all developers with the same years, "
                        + "combined over " + r.bands() + " experience bands weighted by their answers: "
                        + Format.signedPercent(f.percent()) + ". It is a ratio of self-reported total pay, applied here "
                        + "to base pay.";
            }
            case INDUSTRY_NO_FIGURE -> "BLS publishes no exact median for this occupation in this industry, so base pay is "
                    + "unchanged.";
            case PREMIUM_UNKNOWN -> "We have no figure for this, so it changes nothing.";
            case PREMIUM_NOT_FOR_ROLE -> "Our sources give no figure for this with this role, so it changes nothing.";
            case PREMIUM_NO_FIGURE -> "The source gives no percentage" + (f.note() == null ? "" : " (" + f.note() + ")")
                    + ", so base pay is unchanged." + totalPay(f);
            case PREMIUM_RANGE -> {
                Figures.Percent p = f.figures(Figures.Percent.class);
                yield "+" + Format.percentRange(p.low(), p.high()) + " on base pay"
                        + (p.low() == p.high() ? "." : ": the low end of the range takes the low figure, the "
                        + "high end the high one, the middle " + Format.signedPercent(f.percent()) + ".") + totalPay(f);
            }
            case CAP -> {
                Figures.Cap c = f.figures(Figures.Cap.class);
                yield "Together the premiums would add " + Format.signedPercent(c.uncapped())
                        + " at the high end. No source measures stacked premiums, so the combined lift stops at +"
                        + Format.percent(c.cap()) + ", which removes " + Format.money(c.removedLow())
                        + " from the low end, " + Format.money(c.removedMid()) + " from the middle and "
                        + Format.money(c.removedHigh()) + " from the high end.";
            }
        };
    }

    private String experience(Factor f) {
        Figures.Survey y = f.figures(Figures.Survey.class);
        String band = y.bandTo() == null ? y.bandFrom() + " years or more" : y.bandFrom() + "\u2013" + y.bandTo() + " years";
        String occupation = occupationName(y.soc());
        String who = y.devtype() != null ? "respondents whose job type is \u201c" + y.devtype() + "\u201d"
                : y.allDevelopers() ? "all developers who answered" : "respondents who do this occupation\u2019s work";
        String population = y.allDevelopers() ? "all " + Format.count(y.populationN()) + " developers who answered"
                : "the " + Format.count(y.populationN()) + " respondents in the survey population of " + occupation;
        StringBuilder text = new StringBuilder();
        if (f.reason() == Reason.EXPERIENCE_LEVEL) {
            text.append("With no years given, the level stands for ").append(Math.round(y.years())).append(" years. ");
        }
        if (f.note() != null) {
            text.append("The years given set the level, not the ")
                    .append(Level.bySlug(f.note()).orElseThrow().label.toLowerCase()).append(" chosen. ");
        }
        text.append(band).append(", ").append(who).append(" (Stack Overflow survey, 2023 and 2024 pooled, n = ")
                .append(Format.count(y.n())).append("): median ").append(Format.money(y.cellMedian()))
                .append(" in self-reported total pay, at the ").append(Format.ordinal(Math.round(y.cellRank())))
                .append(" percentile of ").append(population).append(". ");
        if (y.fellBack()) {
            text.append("Fewer than 30 of this title\u2019s job type answered in this band, so the occupation\u2019s "
                    + "own respondents stand in. ");
        }
        if (y.allDevelopers()) {
            text.append("Too few respondents do this occupation\u2019s work to rank it on its own, so all developers "
                    + "stand in. ");
        }
        if (y.between()) {
            text.append("Your years fall between two bands\u2019 centres, so the percentiles are interpolated between "
                    + "them. ");
        }
        if (y.held()) {
            text.append("A later band ranks lower than an earlier one in the survey; the earlier rank holds, so the "
                    + "middle never falls as experience rises. ");
        }
        text.append("Placed at the same percentiles of BLS pay for ").append(occupation).append(": the middle at the ")
                .append(Format.ordinal(Math.round(y.mid()))).append(", the range from the ")
                .append(Format.ordinal(Math.round(y.low()))).append(" to the ").append(Format.ordinal(Math.round(y.high())))
                .append(" (the cell\u2019s 25th to 75th percentile)");
        if (y.low() < 10 || y.high() > 90) {
            text.append("; BLS publishes nothing beyond its 10th and 90th percentiles, so the range stops there");
        }
        return text.append(".").toString();
    }

    /** A language the survey measures: the ratio applied, its shrinkage, and the measurements shown beside it. */
    private String language(Factor f) {
        Figures.Language l = f.figures(Figures.Language.class);
        StringBuilder text = new StringBuilder("In the Stack Overflow survey of ").append(l.applied().year())
                .append(", developers who have worked with ").append(f.subject()).append(" (n = ")
                .append(Format.count(l.applied().n())).append(") report a median total pay \u00d7")
                .append(ratio(l.applied().ratio())).append(" that of all developers with the same years coding (not years of "
                + "professional experience), combined over ").append(l.applied().bands())
                .append(" bands weighted by their answers: ").append(Format.signedPercent(l.applied().percent()))
                .append(". Shrunk for its sample (n \u00f7 (n + " + EstimationService.SHRINK + ") = ").append(Format.decimal(l.weight()))
                .append("), it counts ").append(Format.signedPercent(f.percent()))
                .append(", a ratio of self-reported total pay applied here to base pay. Shown beside it, not applied: ");
        if (l.professional() != null) {
            text.append(surveyLift(l.professional()));
        } else {
            text.append("no ").append(SurveyLanguage.OTHER_YEAR).append(" figure");
        }
        if (l.postings() != null) {
            Figures.Postings p = l.postings();
            text.append("; postings for this role naming it, ").append(Format.signedPercent(p.measured()))
                    .append(p.n() == null ? " (no sample size given)" : " (n=" + Format.count(p.n()) + ")");
        }
        return text.append(".").toString();
    }

    /**
     * A language's survey lift as tables print it: "+8% (2025, years coding, n = 892)"; 2023's bands are professional
     * years.
     */
    public static String surveyLift(Figures.SurveyRatio r) {
        String years = r.year().equals(SurveyLanguage.APPLIED_YEAR) ? "years coding"
                : "professional years";
        return Format.signedPercent(r.percent()) + " (" + r.year() + ", " + years + ", n = " + Format.count(r.n()) + ")";
    }

    /** An occupation as BLS names it, with its code: "Software Developers (BLS 15-1252)". */
    public String occupationName(String soc) {
        return Format.occupation(data.oews().latestNational(soc).map(o -> o.title()).orElse("the occupation"), soc);
    }

    /** What a company type does to pay beyond base, when it does anything. */
    private static String totalPay(Factor f) {
        Factor.BeyondBase extra = f.beyondBase();
        if (extra == null) {
            return "";
        }
        String amount = extra.high() != null ? Format.range(extra.low(), extra.high()) : Format.money(extra.low()) + " or more";
        return " It also changes pay beyond base (bonus, equity) by " + amount + " a year.";
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
        if (!rd.placed()) {
            return "Published 10th–90th percentiles (" + sources.get(primary.source()).citation() + ").";
        }
        RoleDistribution.Placement p = rd.placement();
        String bls = "BLS pay for " + p.occupation().title() + " (" + p.occupation().soc() + ", "
                + sources.get(p.occupation().source()).referencePeriod() + ")";
        String beside = " " + rd.role().title() + "'s own published figure, " + published(primary) + " ("
                + sources.get(primary.source()).citation() + "), is listed with the other sources further down; it is "
                + "not used to shape these percentiles.";
        String years = p.fromYears() == null ? "" : ", " + p.fromYears() + " or more years of professional experience";
        if (!p.measured()) {
            String why = p.devtype() == null ? "The developer survey has no job type for this title"
                    : "Fewer than 30 of the survey's \u201c" + p.devtype() + "\u201d respondents" + years
                    + " gave their pay (n = " + Format.count(p.cellN()) + ")";
            boolean own = p.occupation().soc().equals(rd.role().soc());
            return why + (own ? ", so these are its occupation's percentiles: " + bls + "."
                    : ", and BLS publishes no full spread for its occupation, " + occupationName(rd.role().soc())
                    + ", so these are the percentiles of " + bls + ".") + beside;
        }
        var cell = p.cell();
        String population = cell.allDevelopers() ? "all " + Format.count(cell.populationN()) + " developers who answered"
                : "the " + Format.count(cell.populationN()) + " respondents in the survey population of "
                + occupationName(cell.soc());
        Double[] ranks = cell.ranks();
        StringBuilder text = new StringBuilder("Measured by the Stack Overflow Developer Survey and placed in ")
                .append(bls).append(": respondents whose job type is \u201c").append(p.devtype()).append("\u201d")
                .append(years).append(" (2023 and 2024 pooled, n = ").append(Format.count(cell.n()))
                .append(") have their 10th, 25th, 50th, 75th and 90th percentiles of self-reported total pay at the ");
        for (int i = 0; i < ranks.length; i++) {
            text.append(i == 0 ? "" : i == ranks.length - 1 ? " and " : ", ").append(Format.ordinal(Math.round(ranks[i])));
        }
        text.append(" percentiles of ").append(population).append(", and each figure here is BLS's pay at that percentile.");
        if (p.atOrBelowP10() > 0) {
            text.append(p.atOrBelowP10() == 1 ? " One of them ranks" : " " + Format.count(p.atOrBelowP10()) + " of them rank")
                    .append(" below the 10th, and BLS publishes nothing lower, so it is shown at BLS's 10th percentile:"
                            + " read it as at or below that.");
        }
        if (p.atOrAboveP90() > 0) {
            text.append(p.atOrAboveP90() == 1 ? " One of them ranks" : " " + Format.count(p.atOrAboveP90()) + " of them rank")
                    .append(" above the 90th, and BLS publishes nothing higher, so it is shown at BLS's 90th percentile:"
                            + " read it as at or above that.");
        }
        return text.append(beside).toString();
    }

    /** The primary figure in a few words: "a range of $116,000–$172,000", "a median of $150,000". */
    private static String published(RoleFigure f) {
        return switch (f.kind()) {
            case "range" -> "a range of " + Format.range(f.low(), f.high());
            case "median" -> "a median of " + Format.money(f.median());
            case "average" -> "an average of " + Format.money(f.median());
            default -> "percentiles from " + Format.money(f.p10()) + " to " + Format.money(f.p90());
        };
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

    /** Base plus every part: "$130,000–$190,000", or "$140,000 or more" when a part has no upper bound. */
    public static String total(TotalCompensation t) {
        return t.openEnded() ? Format.money(t.low()) + " or more" : Format.range(t.low(), t.high());
    }

    /** Why a part of total pay has no figure here. */
    public String missing(TotalCompensation.Missing m) {
        return m.reason().equals("level")
                ? "Its source (" + sourceName(m.source()) + ") gives it for senior and staff levels only."
                : "No source gives one for this role and employer.";
    }

    /**
     * The estimate's headline figures and sentences, written once for the result page and the API alike:
     * low, mid, high, hourly, percentile, total, and for an offer its verdict and placement.
     */
    public static Map<String, String> summary(Estimate e) {
        Map<String, String> t = new java.util.LinkedHashMap<>();
        t.put("low", Format.money(e.base().low()));
        t.put("mid", Format.money(e.base().mid()));
        t.put("high", Format.money(e.base().high()));
        t.put("hourly", Format.cents(e.hourly().mid()) + " an hour (" + Format.cents(e.hourly().low()) + "–"
                + Format.cents(e.hourly().high()) + ")");
        t.put("percentile", percentileSentence(e.middle(), "The middle of this estimate"));
        t.put("total", total(e.total()));
        if (e.offer() != null) {
            t.put("offer", verdict(e.offer()));
            t.put("offerPlacement", offerPlacement(e.offer()));
            t.put("offerVerdict", e.offer().verdict().name().toLowerCase(java.util.Locale.ROOT));
            t.put("offerPosition", e.offer().position().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return t;
    }

    /** Where a figure falls: "at about the 62nd percentile", "below the 10th percentile". */
    public static String placement(OfferCheck.Placement p) {
        if (p.belowTenth()) {
            return "below the 10th percentile";
        }
        if (p.aboveNinetieth()) {
            return "above the 90th percentile";
        }
        return "at about the " + Format.ordinal(Math.round(p.percentile())) + " percentile";
    }

    /**
     * Where the offer sits against the range for this role, level and place, in words first (below it, in its lower
     * half, near its middle, in its upper half, above it), then by how much: a low offer inside the range must not
     * read as reassurance.
     */
    public static String verdict(OfferCheck o) {
        String offer = "your offer of " + Format.money(o.offer());
        String middle = Format.money(o.range().mid());
        String fromMiddle = Format.money(Math.abs(o.fromMiddle())) + (o.fromMiddle() > 0 ? " above" : " below")
                + " its middle (" + middle + ")";
        return switch (o.position()) {
            case BELOW -> "Below the range for this role, level and place: " + offer + " is "
                    + Format.money(-o.outsideRange()) + " under its low end (" + Format.money(o.range().low()) + ").";
            case LOWER_HALF -> "In the lower half of the range for this role, level and place: " + offer + " is "
                    + fromMiddle + ".";
            case NEAR_MIDDLE -> "Near the middle of the range for this role, level and place: " + offer + " is "
                    + (o.fromMiddle() == 0 ? "exactly at its middle (" + middle + ")" : fromMiddle) + ".";
            case UPPER_HALF -> "In the upper half of the range for this role, level and place: " + offer + " is "
                    + fromMiddle + ".";
            case ABOVE -> "Above the range for this role, level and place: " + offer + " is "
                    + Format.money(o.outsideRange()) + " over its high end (" + Format.money(o.range().high()) + ").";
        };
    }

    /** The offer's two placements: among people like you, and nationally for the role. */
    public static String offerPlacement(OfferCheck o) {
        return "Among pay for this role, level, place and premiums it sits " + placement(o.here())
                + "; against the role's national pay it sits " + placement(o.national()) + ".";
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

    public static String percentileSentence(OfferCheck.Placement p, String subject) {
        return subject + " sits " + placement(p) + " of national pay for this role.";
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
