package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.SkillPay;
import com.salaryatlas.dataset.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Differences between figures: two roles, a skill against its role, a place against the nation. */
public final class Comparisons {

    private final Dataset data;
    private final Distributions distributions;

    public Comparisons(Dataset data, Distributions distributions) {
        this.data = data;
        this.distributions = distributions;
    }

    /** The difference between two roles' medians, from the distributions estimates use. */
    public Difference roles(Role a, Role b) {
        return difference(a.slug(), distributions.of(a).distribution().median(), b.slug(),
                distributions.of(b).distribution().median(), null);
    }

    /** The difference between two roles' national medians as one source publishes them. */
    public Optional<Difference> roles(Role a, Role b, String source) {
        Optional<RoleFigure> fa = data.postingMedian(a.slug(), source);
        Optional<RoleFigure> fb = data.postingMedian(b.slug(), source);
        if (fa.isEmpty() || fb.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(difference(a.slug(), fa.get().median(), b.slug(), fb.get().median(), source));
    }

    /** Whether two roles' distributions can be set side by side as they stand. */
    public enum Basis {
        /** Both roles have the very same figures: one occupation in one release, or one survey cell placed in it. */
        SAME_FIGURE,
        /**
         * The same method on the same data: one source's statistic for both, or both measured by the developer survey
         * and placed in one BLS release.
         */
        LIKE_WITH_LIKE,
        /** Different sources or different statistics: the gap between them is not a direct comparison. */
        UNLIKE
    }

    /**
     * Two roles side by side: their distributions, whether those are like with like, the gap between
     * the medians estimates use, and the like-with-like comparisons that exist whatever the primaries are: each source
     * publishing a national median for both ({@code sameSource}) and, when the primaries are unlike, the two occupations
     * BLS counts them in, from one release ({@code occupations}; empty for one occupation, or for like primaries).
     */
    public record RolePair(RoleDistribution a, RoleDistribution b, Basis basis, Difference medians,
                           List<Difference> sameSource, Optional<Difference> occupations) {
    }

    public RolePair pair(Role a, Role b) {
        RoleDistribution da = distributions.of(a);
        RoleDistribution db = distributions.of(b);
        Basis basis = !method(da).equals(method(db)) ? Basis.UNLIKE
                : Arrays.equals(da.distribution().values(), db.distribution().values()) ? Basis.SAME_FIGURE
                : Basis.LIKE_WITH_LIKE;
        List<Difference> sameSource = new ArrayList<>();
        for (Source s : data.sources()) {
            roles(a, b, s.id()).ifPresent(sameSource::add);
        }
        // Where the primaries are unlike, the occupations BLS counts the roles in are a like-with-like comparison;
        // where they are like with like already, that comparison is the primary one (or says nothing new).
        return new RolePair(da, db, basis, roles(a, b), sameSource,
                basis == Basis.UNLIKE ? occupations(a, b) : Optional.empty());
    }

    /**
     * How a distribution was obtained, as a key two like-with-like distributions share: a source's own statistic,
     * or the developer survey placed in one BLS release. A title that takes its occupation's figures whole shares
     * the occupation's key.
     */
    static String method(RoleDistribution rd) {
        if (!rd.placed()) {
            return rd.primary().source() + "/" + rd.primary().kind();
        }
        String release = rd.placement().occupation().source();
        return rd.measured() ? "survey-in/" + release : release + "/percentiles";
    }

    /** The medians of the two occupations the roles are counted in, from the same BLS release; empty for one occupation. */
    public Optional<Difference> occupations(Role a, Role b) {
        if (a.soc().equals(b.soc())) {
            return Optional.empty();
        }
        Optional<OccupationPay> oa = data.oews().latestNational(a.soc());
        Optional<OccupationPay> ob = data.oews().latestNational(b.soc());
        if (oa.isEmpty() || ob.isEmpty() || !oa.get().source().equals(ob.get().source())
                || oa.get().median() == null || ob.get().median() == null
                || !oa.get().median().exact() || !ob.get().median().exact()) {
            return Optional.empty();
        }
        return Optional.of(difference(a.slug(), oa.get().median().amount(), b.slug(), ob.get().median().amount(),
                oa.get().source()));
    }

    /**
     * A state where both roles' occupations have an official row (state file, all industries), with how far
     * {@code b}'s median sits from {@code a}'s in percent (empty unless both are published exactly).
     */
    public record StatePair(Area area, OccupationPay a, OccupationPay b, Optional<Double> bAgainstA) {
    }

    /** Every state and territory with an official row for both roles' occupations, by name. */
    public List<StatePair> states(Role a, Role b) {
        List<StatePair> pairs = new ArrayList<>();
        for (OccupationPay sa : data.oews().states(a.soc())) {
            data.oews().state(b.soc(), sa.area()).ifPresent(sb -> data.oews().area(sa.area()).ifPresent(area ->
                    pairs.add(new StatePair(area, sa, sb, Changes.percent(sa.median(), sb.median())))));
        }
        return pairs;
    }

    /** How far a skill's posted median sits above (or below) the role's overall posted median. */
    public Optional<Difference> skillLift(String role, String skill) {
        Optional<SkillPay> sp = data.skillPay(role, skill);
        Optional<RoleFigure> baseline = sp.flatMap(s -> data.postingMedian(role, s.source()));
        if (sp.isEmpty() || baseline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(difference(skill, sp.get().median(), role, baseline.get().median(), sp.get().source()));
    }

    private static Difference difference(String a, double va, String b, double vb, String source) {
        boolean aHigher = va >= vb;
        double higher = Math.max(va, vb);
        double lower = Math.min(va, vb);
        return new Difference(aHigher ? a : b, aHigher ? b : a, Math.round(higher), Math.round(lower),
                Math.round(higher - lower), (higher - lower) / lower * 100, source);
    }
}
