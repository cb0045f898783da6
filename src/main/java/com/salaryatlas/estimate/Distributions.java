package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.RoleFigure;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each role's national pay distribution, worked out once from its primary figure: published percentiles as
 * published; a role known only by a median or a range takes the shape of its reference occupation's spread.
 */
public final class Distributions {

    /** Roles known only by a median or a range, and without a published spread for their own occupation, borrow this one's. */
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
     * its occupation's (the survey's measured ranks place the title in it). A title whose occupation is not on the
     * site keeps its own, modelled distribution.
     */
    public RoleDistribution occupationOf(Role role) {
        if (role.isOccupation()) {
            return of(role);
        }
        return data.occupationRole(role.soc())
                .map(occupation -> of(occupation))
                .map(o -> new RoleDistribution(role, o.distribution(), o.primary(), null))
                .orElseGet(() -> of(role));
    }

    /** Every role, best-paid first by the median of the distribution estimates use. */
    public List<RoleDistribution> ranking() {
        return byRole.values().stream()
                .sorted(Comparator.comparingDouble((RoleDistribution d) -> d.distribution().median()).reversed())
                .toList();
    }

    private RoleDistribution derive(Role role) {
        RoleFigure primary = data.primary(role.slug());
        if (primary.kind().equals("percentiles")) {
            return new RoleDistribution(role, new Distribution(primary.p10(), primary.p25(), primary.median(),
                    primary.p75(), primary.p90()), primary, null);
        }
        OccupationPay shape = shapeFor(role.soc());
        Distribution ref = shape.distribution();
        if (primary.kind().equals("median")) {
            // Only a middle is published: the occupation's spread, scaled to it.
            double scale = primary.median() / ref.median();
            return new RoleDistribution(role, new Distribution(ref.p10() * scale, ref.p25() * scale, primary.median(),
                    ref.p75() * scale, ref.p90() * scale), primary, shape);
        }
        // A published low-high range is taken as the 10th to 90th percentile: its ends stay as published, and the
        // points between sit where the occupation's own spread puts them, relative to its 10th and 90th.
        double low = primary.low();
        double span = primary.high() - low;
        double refSpan = ref.p90() - ref.p10();
        return new RoleDistribution(role, new Distribution(low, low + span * (ref.p25() - ref.p10()) / refSpan,
                low + span * (ref.median() - ref.p10()) / refSpan, low + span * (ref.p75() - ref.p10()) / refSpan,
                primary.high()), primary, shape);
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

    /** Pay at any percentile from 10 to 90, linear between the published points. */
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
