package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.SurveyGroup;
import com.salaryatlas.dataset.SurveyRank;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each role's national pay distribution, worked out once: published percentiles as published. A job title BLS does
 * not publish, unless a source publishes a spread for the title itself, is measured the way the estimate places
 * titles (quantile mapping, issue 19): its survey DevType's 10th, 25th, 50th, 75th and 90th percentiles rank among its
 * occupation's survey population, and the same percentiles of the occupation's latest BLS distribution are the
 * title's. That holds whatever its primary figure: a median or range is not read as percentiles, and an
 * {@code occupation} row (its occupation's own spread: how BLS classifies the title, not where the title sits in it)
 * is not read as the title's; either stands beside the distribution as another source. A rank beyond BLS's 10th or
 * 90th is held at it ({@link #valueAt}), and {@link RoleDistribution.Placement} counts where that happened so pages
 * can say so. A title with no DevType, or one under 30 answers, takes its occupation's distribution.
 */
public final class Distributions {

    /** A title whose occupation has no complete published spread is placed in this occupation's instead. */
    public static final String REFERENCE_SOC = "15-1252";
    /** The percentiles a {@link Distribution} publishes, in the order of its values(). */
    private static final int[] PERCENTILE_POINTS = {10, 25, 50, 75, 90};

    private final Dataset data;
    private final Map<String, RoleDistribution> byRole = new LinkedHashMap<>();

    public Distributions(Dataset data) {
        this.data = data;
        for (Role role : data.roles()) {
            byRole.put(role.slug(), derive(role));
        }
    }

    public RoleDistribution of(Role role) {
        RoleDistribution d = byRole.get(role.slug());
        if (d == null) {
            throw new IllegalArgumentException("unknown role " + role.slug());
        }
        return d;
    }

    /**
     * The distribution an estimate places a role in: a BLS occupation's own, and for a job title BLS does not publish,
     * its occupation's (the survey's measured ranks place the title in it). A title whose occupation has no page of
     * its own takes the occupation's latest published spread from the official file.
     */
    public RoleDistribution occupationOf(Role role) {
        if (role.isOccupation()) {
            return of(role);
        }
        return data.occupationRole(role.soc())
                .map(occupation -> of(occupation))
                .map(o -> new RoleDistribution(role, o.distribution(), o.primary(), null))
                .orElseGet(() -> {
                    OccupationPay occupation = shapeFor(role.soc());
                    return new RoleDistribution(role, occupation.distribution(), data.primary(role.slug()),
                            new RoleDistribution.Placement(occupation, null, null, null, 0));
                });
    }

    /** Every role, best-paid first by the median of the distribution estimates use. */
    public List<RoleDistribution> ranking() {
        return byRole.values().stream()
                .sorted(Comparator.comparingDouble((RoleDistribution d) -> d.distribution().median()).reversed())
                .toList();
    }

    /** Of these roles, the one with the highest median, or every one sharing it, in ranking order. */
    public List<Role> top(List<Role> roles) {
        List<RoleDistribution> listed = ranking().stream().filter(d -> roles.contains(d.role())).toList();
        double best = listed.get(0).distribution().median();
        return listed.stream().filter(d -> d.distribution().median() == best).map(RoleDistribution::role).toList();
    }

    private RoleDistribution derive(Role role) {
        RoleFigure primary = data.primary(role.slug());
        if (role.isOccupation() || ownPercentiles(primary)) {
            return published(role, primary);
        }
        OccupationPay occupation = shapeFor(role.soc());
        String devtype = data.surveyGroup(role.slug()).map(SurveyGroup::devtype)
                .filter(d -> !d.equals(SurveyGroup.ALL)).orElse(null);
        // A title that names levels (senior and staff) is its base title at those levels: its DevType's answers from
        // the first of them on. The estimate places those levels the same way.
        Integer fromYears = role.firstLevel() == Level.ENTRY ? null : role.firstLevel().fromYears;
        SurveyRank span = devtype == null ? null : data.surveyRankSpan(role.soc(), devtype, fromYears).orElse(null);
        if (span == null || !span.hasFigures()) {
            return new RoleDistribution(role, occupation.distribution(), primary, new RoleDistribution.Placement(
                    occupation, devtype, fromYears, null, span == null ? 0 : span.n()));
        }
        Distribution bls = occupation.distribution();
        Double[] ranks = span.ranks();
        return new RoleDistribution(role, new Distribution(valueAt(bls, ranks[0]), valueAt(bls, ranks[1]),
                valueAt(bls, ranks[2]), valueAt(bls, ranks[3]), valueAt(bls, ranks[4])), primary,
                new RoleDistribution.Placement(occupation, devtype, fromYears, span, span.n()));
    }

    private static RoleDistribution published(Role role, RoleFigure primary) {
        return new RoleDistribution(role, new Distribution(primary.p10(), primary.p25(), primary.median(),
                primary.p75(), primary.p90()), primary, null);
    }

    /**
     * Whether a title's primary figure is a spread published for the title itself. An {@code occupation} row in
     * role_figures.csv also loads as percentiles, but they are its occupation's, from an OEWS release: BLS counting
     * the title in an occupation says nothing about where the title sits in it, so the survey places it like any
     * other title (and the calculator does the same).
     */
    private boolean ownPercentiles(RoleFigure primary) {
        return primary.kind().equals("percentiles") && !data.oews().isSource(primary.source());
    }

    /** The occupation's latest published spread, falling back to software developers' where it has none. */
    private OccupationPay shapeFor(String soc) {
        for (String wanted : new String[] {soc, REFERENCE_SOC}) {
            var latest = data.oews().latestNational(wanted).filter(OccupationPay::hasFullDistribution);
            if (latest.isPresent()) {
                return latest.get();
            }
        }
        throw new IllegalStateException("oews_national.csv has no complete spread for SOC " + REFERENCE_SOC);
    }

    /**
     * Pay at any percentile from 10 to 90, linear between the published points; a percentile below 10 or above 90
     * gives the 10th's or 90th's pay (held, never extrapolated: callers say so where it happens).
     */
    public static double valueAt(Distribution d, double percentile) {
        int[] ps = PERCENTILE_POINTS;
        if (percentile <= ps[0]) {
            return value(d, 0);
        }
        for (int i = 1; i < ps.length; i++) {
            if (percentile <= ps[i]) {
                double t = (percentile - ps[i - 1]) / (ps[i] - ps[i - 1]);
                return value(d, i - 1) + t * (value(d, i) - value(d, i - 1));
            }
        }
        return value(d, ps.length - 1);
    }

    /**
     * The {@code i}th of a distribution's values(), read without the array values() makes: an estimate reads a
     * dozen of them, and those arrays were a sixth of what it allocated.
     */
    private static double value(Distribution d, int i) {
        return switch (i) {
            case 0 -> d.p10();
            case 1 -> d.p25();
            case 2 -> d.median();
            case 3 -> d.p75();
            case 4 -> d.p90();
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    /** Where an amount falls: a percentile from 10 to 90, or below the 10th / above the 90th, never extrapolated. */
    public static OfferCheck.Placement place(Distribution d, double amount) {
        if (amount < d.p10()) {
            return new OfferCheck.Placement(null, true, false);
        }
        if (amount > d.p90()) {
            return new OfferCheck.Placement(null, false, true);
        }
        return new OfferCheck.Placement(percentileOf(d, amount), false, false);
    }

    /** Where an amount falls in a distribution, 1 to 99; beyond p10 and p90 the nearest segment's slope carries on. */
    static double percentileOf(Distribution d, double amount) {
        int[] ps = PERCENTILE_POINTS;
        int last = ps.length - 1;
        int segment;
        if (amount <= value(d, 0)) {
            segment = 1;
        } else if (amount >= value(d, last)) {
            segment = last;
        } else {
            segment = 1;
            while (amount > value(d, segment)) {
                segment++;
            }
        }
        double span = value(d, segment) - value(d, segment - 1);
        double pct = span <= 0 ? ps[segment] : ps[segment - 1] + (amount - value(d, segment - 1)) / span * (ps[segment] - ps[segment - 1]);
        return Math.max(1, Math.min(99, pct));
    }
}
