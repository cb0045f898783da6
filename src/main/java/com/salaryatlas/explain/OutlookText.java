package com.salaryatlas.explain;

import com.salaryatlas.dataset.Projection;
import com.salaryatlas.estimate.Outlook;

/** The words and formats of the official job outlook: jobs, their change, and why two BLS counts differ. */
public final class OutlookText {

    private OutlookText() {
    }

    /** "2024–34": the decade as BLS names it. */
    public static String decade(Projection p) {
        return p.yearFrom() + "\u2013" + String.format("%02d", p.yearTo() % 100);
    }

    /** A count of jobs: 1,693,800. */
    public static String jobs(long n) {
        return n < 0 ? "\u2212" + Format.count(-n) : Format.count(n);
    }

    /** A change in jobs, signed: +267,700, −27,000, 0. */
    public static String change(long n) {
        return n > 0 ? "+" + Format.count(n) : jobs(n);
    }

    /** A change in percent as BLS publishes it, signed: +15.8%, −3.7%. */
    public static String percent(double pct) {
        return Format.signedPercent(pct);
    }

    /** BLS's category, or what to print where it gives none (the all-occupations total has no entry requirement). */
    public static String education(Projection p) {
        return p.education().isEmpty() ? "not applicable" : p.education();
    }

    /** The self-employed share, or that BLS does not publish it. */
    public static String selfEmployed(Projection p) {
        return p.selfEmployedPct() == null ? "not published" : Format.percent(p.selfEmployedPct());
    }

    /** The lede: growth against all occupations, and the openings a year. */
    public static String summary(Outlook o, String occupation) {
        Projection p = o.occupation();
        String way = o.jobs().change() > 0 ? "grow" : o.jobs().change() < 0 ? "shrink" : "hold steady";
        return "BLS projects employment of " + occupation + " to " + way + (o.jobs().change() == 0 ? "" : " "
                + Format.percent(Math.abs(p.changePct()))) + " from " + p.yearFrom() + " to " + p.yearTo()
                + " (" + change(o.jobs().change()) + " jobs), against " + percent(o.all().changePct())
                + " for all occupations, with about " + jobs(o.jobs().openings()) + " openings a year.";
    }

    /**
     * Why the projections' base-year count is not OEWS's: self-employed workers, and a count built from several
     * surveys. {@code who} names the occupation where a page shows more than one (null otherwise); {@code oewsPeriod}
     * is OEWS's figure of the same year ("May 2024"), {@code shownPeriod} the OEWS employment the page prints
     * elsewhere, said when it is another year's (null when the page prints none).
     */
    public static String versusOews(Outlook o, String who, String oewsPeriod, String shownPeriod) {
        Projection p = o.occupation();
        String subject = (who == null ? "The" : who + ": the") + " projections' " + p.yearFrom() + " employment";
        String why = "the projections count self-employed workers too (" + selfEmployed(p) + " of this occupation in "
                + p.yearFrom() + ") and build their total from several BLS surveys, where OEWS counts only the jobs "
                + "employers report on their payrolls, in May.";
        String shown = shownPeriod == null || shownPeriod.equals(oewsPeriod) ? ""
                : "; the employment in the key figures above is OEWS's for " + shownPeriod;
        return o.aboveOews().map(d -> subject + ", " + jobs(o.jobs().from()) + ", is " + jobs(Math.abs(d)) + " "
                + (d >= 0 ? "more" : "fewer") + " than OEWS's count for " + oewsPeriod + ", "
                + jobs(o.oews().employment()) + " (" + Format.signedPercent(o.aboveOewsPct().orElseThrow()) + shown
                + "): " + why)
                .orElse(subject + " is not OEWS's count: " + why);
    }
}
