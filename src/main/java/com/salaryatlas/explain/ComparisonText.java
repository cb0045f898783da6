package com.salaryatlas.explain;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.Source;
import com.salaryatlas.estimate.Comparisons.Basis;
import com.salaryatlas.estimate.Comparisons.RolePair;
import com.salaryatlas.estimate.Difference;
import com.salaryatlas.estimate.RoleDistribution;
import java.util.Map;

/**
 * The words of a two-role comparison: the one-line answer, whether the two primary figures are like with like (and
 * if not, which source each comes from), and each like-with-like comparison that exists. Numbers come from
 * {@link com.salaryatlas.estimate.Comparisons}; nothing is computed here.
 */
public final class ComparisonText {

    private final Dataset data;
    private final Map<String, Source> sources;

    public ComparisonText(Dataset data) {
        this.data = data;
        this.sources = data.sourcesById();
    }

    /** The answer first: who pays more at the median, and by how much; or that both share one figure. */
    public String answer(RolePair p) {
        Role a = p.a().role();
        Role b = p.b().role();
        if (p.basis() == Basis.SAME_FIGURE) {
            return a.title() + " and " + b.title() + " have the same national figures: a median of "
                    + Format.money(p.a().distribution().median()) + " a year for both.";
        }
        Difference d = p.medians();
        RoleDistribution higher = d.higher().equals(a.slug()) ? p.a() : p.b();
        RoleDistribution lower = higher == p.a() ? p.b() : p.a();
        if (d.amount() == 0) {
            return a.title() + " and " + b.title() + " have the same national median, " + Format.money(d.higherAmount())
                    + " a year.";
        }
        return higher.role().title() + " pays more at the median: " + Format.money(d.higherAmount())
                + " a year against " + Format.money(d.lowerAmount()) + " for " + lower.role().title()
                + ", " + Format.money(d.amount()) + " (" + Format.percent(d.percent()) + ") more.";
    }

    /** The like-with-like rule applied to the two distributions, naming where each comes from. */
    public String likeWithLike(RolePair p) {
        RoleFigure fa = p.a().primary();
        if (p.a().measured() && p.b().measured()) {
            return measuredPair(p);
        }
        String more = p.sameSource().isEmpty() && p.occupations().isEmpty() ? ""
                : " The like-with-like comparisons that do exist are given alongside.";
        return switch (p.basis()) {
            case SAME_FIGURE -> "Both roles take the very same published figures, " + what(p.a())
                    + (p.a().role().soc().equals(p.b().role().soc()) ? ", because BLS counts both in " + occupation(p.a().role()) : "")
                    + ", so there is no gap between them to compare." + (p.sameSource().isEmpty() ? ""
                    : " Job-board medians, below, are where the two titles differ.");
            case LIKE_WITH_LIKE -> "Like with like: both figures are " + plural(fa.kind()) + " from " + cite(fa.source())
                    + ", so the two compare directly.";
            case UNLIKE -> partOfWhole(p.a(), p.b()) != null ? partOfWhole(p.a(), p.b()) + more
                    : partOfWhole(p.b(), p.a()) != null ? partOfWhole(p.b(), p.a()) + more
                    : "Not like with like, so the gap above is not a direct comparison: " + p.a().role().title()
                    + "'s figures are " + what(p.a()) + ", while " + p.b().role().title() + "'s are " + what(p.b())
                    + (p.a().measured() || p.b().measured()
                    ? ". A group picked out by the survey and read on BLS's scale does not count the same people as a "
                    + "figure for a whole role."
                    : ". Different sources count different people and different statistics.") + more;
        };
    }

    /** One source's medians for both roles: "InterviewStack.io, May 2026: Backend Developer $150,000 against …". */
    public String sameSource(Difference d) {
        return cite(d.source()) + ": " + compared(d) + " Same source, same statistic: like with like.";
    }

    /** The two occupations BLS counts the roles in, from one release. */
    public String occupations(Difference d) {
        Role higher = data.role(d.higher()).orElseThrow();
        Role lower = data.role(d.lower()).orElseThrow();
        return "The occupations BLS counts them in, " + cite(d.source()) + ": " + occupation(higher) + " "
                + Format.money(d.higherAmount()) + " against " + occupation(lower) + " " + Format.money(d.lowerAmount())
                + ", " + Format.money(d.amount()) + " (" + Format.percent(d.percent())
                + ") more. One survey, one statistic: like with like.";
    }

    /** Two titles both measured by the developer survey: one method, so the gap compares; the same cell, no gap. */
    private String measuredPair(RolePair p) {
        String where = bls(p.a());
        if (p.basis() == Basis.SAME_FIGURE) {
            return "Both titles stand for the same survey respondents (\u201c" + p.a().placement().devtype()
                    + "\u201d), placed in " + where + ", so their figures are the same; their own published figures, "
                    + "on each role page, are where they differ.";
        }
        if (p.basis() == Basis.UNLIKE) {
            return "Not like with like: " + p.a().role().title() + "'s figures are " + what(p.a()) + ", while "
                    + p.b().role().title() + "'s are " + what(p.b()) + ".";
        }
        return "Like with like: the developer survey ranks both titles' pay among the same respondents, and both are "
                + "placed in " + where + ", so the two compare directly. Their own published figures stand beside "
                + "them on each role page.";
    }

    /** Where a distribution comes from, in a phrase: "published percentiles (10th to 90th) from …". */
    private String what(RoleDistribution rd) {
        if (!rd.placed()) {
            return kind(rd.primary()) + " from " + cite(rd.source());
        }
        return rd.measured() ? "measured by the Stack Overflow Developer Survey and placed in " + bls(rd)
                : "those of " + rd.placement().occupation().title() + " from " + cite(rd.placement().occupation().source());
    }

    /** "BLS pay for Software Developers (U.S. Bureau of Labor Statistics, May 2025)". */
    private String bls(RoleDistribution rd) {
        return "BLS pay for " + rd.placement().occupation().title() + " ("
                + cite(rd.placement().occupation().source()) + ")";
    }

    /**
     * For a title placed in its occupation's pay, the page's note on how (null for published figures): the survey's
     * job type and n, or why the occupation's own figures stand in.
     */
    public static String placementNote(RoleDistribution rd) {
        if (!rd.placed()) {
            return null;
        }
        RoleDistribution.Placement pl = rd.placement();
        String occupation = Format.occupation(pl.occupation().title(), pl.occupation().soc());
        if (!pl.measured()) {
            return rd.role().title() + ": the developer survey has too few answers for this title ("
                    + (pl.devtype() == null ? "no job type stands for it" : "n = " + Format.count(pl.cellN()))
                    + "), so its figures are those of " + occupation + ".";
        }
        return rd.role().title() + ": measured, not taken from its own source; the survey's \u201c" + pl.devtype()
                + "\u201d respondents" + (pl.fromYears() == null ? "" : " with " + pl.fromYears() + " or more years")
                + " (n = " + Format.count(pl.cellN()) + ") are ranked among developers who answered, and BLS pay for "
                + occupation + " is read at those ranks."
                + (pl.atOrBelowP10() + pl.atOrAboveP90() > 0 ? " Where a rank falls outside BLS's 10th to 90th "
                + "percentiles, the figure is shown at that end, not beyond it." : "");
    }

    private String compared(Difference d) {
        String higher = data.role(d.higher()).orElseThrow().title();
        String lower = data.role(d.lower()).orElseThrow().title();
        if (d.amount() == 0) {
            return higher + " and " + lower + " both " + Format.money(d.higherAmount()) + ".";
        }
        return higher + " " + Format.money(d.higherAmount()) + " against " + lower + " " + Format.money(d.lowerAmount())
                + ", " + Format.money(d.amount()) + " (" + Format.percent(d.percent()) + ") more.";
    }

    private String occupation(Role role) {
        String title = data.oews().latestNational(role.soc()).map(OccupationPay::title).orElse("the occupation");
        return Format.occupation(title, role.soc());
    }

    /** "U.S. Bureau of Labor Statistics, May 2025". */
    public String cite(String sourceId) {
        Source s = sources.get(sourceId);
        return s == null ? sourceId : s.citation();
    }

    /**
     * A measured title set against the very occupation BLS counts it in (Backend Developer against Software
     * Developer): the title's people are part of the occupation's, so the gap is where they sit inside its pay, not
     * what a different job pays. Null for any other pair.
     */
    private String partOfWhole(RoleDistribution title, RoleDistribution occupation) {
        if (!title.measured() || title.role().isOccupation() || !occupation.role().isOccupation()
                || !occupation.role().soc().equals(title.role().soc()) || occupation.placed()) {
            return null;
        }
        String t = title.role().title();
        String o = occupation.role().title();
        return "Not like with like, and not two separate jobs either: " + o + " is the occupation BLS counts " + t
                + " in, so this sets a part against the whole that contains it. " + o + "'s figures are "
                + what(occupation) + ", for all " + o.toLowerCase() + "s BLS counts, " + t.toLowerCase()
                + "s among them; " + t + "'s are " + what(title) + ", read at the ranks where the survey's \u201c"
                + title.placement().devtype() + "\u201d respondents fall among the occupation's. The gap above says "
                + "where " + t.toLowerCase() + "s sit within " + o.toLowerCase() + " pay, not what a different job "
                + "pays.";
    }

    private static String plural(String kind) {
        return switch (kind) {
            case "percentiles" -> "published percentiles (10th to 90th)";
            case "median" -> "published medians";
            case "average" -> "published averages";
            default -> "published low–high ranges";
        };
    }

    private static String kind(RoleFigure f) {
        return kindOf(f.kind());
    }

    private static String kindOf(String kind) {
        return switch (kind) {
            case "percentiles" -> "published percentiles (10th to 90th)";
            case "median" -> "a published median";
            case "average" -> "a published average";
            default -> "a published low–high range";
        };
    }

}
