package com.salaryatlas.estimate;

import com.salaryatlas.salary.Dataset;
import com.salaryatlas.salary.Distribution;
import com.salaryatlas.salary.Level;
import com.salaryatlas.salary.Location;
import com.salaryatlas.salary.Premium;
import com.salaryatlas.salary.Role;
import com.salaryatlas.salary.RoleFigure;
import com.salaryatlas.salary.SkillPay;
import com.salaryatlas.salary.Source;
import com.salaryatlas.salary.TotalComp;
import com.salaryatlas.salary.UsStates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place salary numbers are computed (DESIGN.md, "The estimation method"). Pure: it works on an
 * in-memory snapshot of the dataset and does no I/O, so articles, role pages, charts, the calculator and
 * the API all print the same figures.
 */
public final class EstimationService {

    /**
     * Stacked premiums never lift pay by more than this: the largest lift a source reports for any single skill,
     * certification or employer type that estimates apply.
     */
    public static final double PREMIUM_CAP_PCT = 30.0;
    public static final double HOURS_PER_YEAR = 2080.0;
    /** Roles known only by a median or a range, and without a published spread for their own occupation, borrow this one's. */
    public static final String REFERENCE_SOC = "15-1252";

    /** The percentiles a {@link Distribution} publishes, in the order of its values(). */
    private static final int[] PERCENTILE_POINTS = {10, 25, 50, 75, 90};

    private final Dataset data;
    private final Map<String, RoleDistribution> distributions = new LinkedHashMap<>();
    private final Map<String, Location> locations = new HashMap<>();
    private final Map<String, Premium> premiums = new HashMap<>();
    private final Map<String, Map<String, SkillPay>> skillPay = new HashMap<>();
    private final Map<String, Integer> postingBaselines = new HashMap<>();
    private final Map<String, Source> sources;
    private final Location national;
    private final double nationalMeanEstimate;

    public EstimationService(Dataset data) {
        this.data = data;
        this.sources = data.sourcesById();
        data.locations().forEach(l -> locations.put(l.slug(), l));
        data.premiums().forEach(p -> premiums.put(p.id(), p));
        for (SkillPay s : data.skillPay()) {
            skillPay.computeIfAbsent(s.role(), r -> new HashMap<>()).put(s.skill(), s);
            data.postingMedian(s.role(), s.source()).ifPresent(f -> postingBaselines.put(s.role(), f.median()));
        }
        for (Role role : data.roles()) {
            distributions.put(role.slug(), derive(role));
        }
        this.national = data.national();
        this.nationalMeanEstimate = approximateMean(shapeFor(national.soc() == null ? REFERENCE_SOC : national.soc())
                .distribution());
    }

    public Dataset dataset() {
        return data;
    }

    public boolean knowsRole(String slug) {
        return distributions.containsKey(slug);
    }

    public RoleDistribution distribution(String role) {
        RoleDistribution d = distributions.get(role);
        if (d == null) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        return d;
    }

    /** Every role, best-paid first by the median of the distribution estimates use. */
    public List<RoleDistribution> ranking() {
        return distributions.values().stream()
                .sorted(Comparator.comparingDouble((RoleDistribution d) -> d.distribution().median()).reversed())
                .toList();
    }

    /** True for any place the calculator accepts: the dataset's places and every US state. */
    public boolean knowsLocation(String slug) {
        return locations.containsKey(slug) || UsStates.NAMES.containsKey(slug);
    }

    /** True for a skill, certification or specialization the dataset knows for any role. */
    public boolean knowsSkill(String slug) {
        Premium p = premiums.get(slug);
        return (p != null && !p.kind().equals("company")) || data.skillPay().stream().anyMatch(s -> s.skill().equals(slug));
    }

    public boolean knowsCompany(String slug) {
        Premium p = premiums.get(slug);
        return p != null && p.kind().equals("company");
    }

    public Estimate estimate(EstimateRequest request) {
        RoleDistribution rd = distribution(request.role());
        Distribution d = rd.distribution();
        List<Factor> factors = new ArrayList<>(4 + request.skills().size());

        // 1–2. Experience: a band of the role's national distribution; years place the middle within it.
        final Level level = request.resolvedLevel();
        final double point;
        if (request.years() != null) {
            double years = Math.min(request.years(), Level.YEARS_CEILING);
            double width = level.toYears - level.fromYears + 1;
            double within = (years - level.fromYears + 0.5) / width;
            point = level.fromPercentile + within * (level.toPercentile - level.fromPercentile);
        } else {
            point = (level.fromPercentile + level.toPercentile) / 2.0;
        }
        final double bandLow = valueAt(d, level.fromPercentile);
        final double bandHigh = valueAt(d, level.toPercentile);
        double low = bandLow;
        double mid = valueAt(d, point);
        double high = bandHigh;
        long experienceChange = Math.round(mid) - Math.round(d.median());
        Integer years = request.years();
        factors.add(new Factor("experience",
                () -> years != null
                        ? "Experience: " + years + (years == 1 ? " year" : " years") + " (" + level.label.toLowerCase() + " band)"
                        : "Experience: " + level.label + " (" + level.years() + ")",
                () -> "Uses the " + Format.ordinal(level.fromPercentile) + " to " + Format.ordinal(level.toPercentile)
                        + " percentile of the role's national pay, " + Format.range(bandLow, bandHigh)
                        + "; the middle sits near the " + Format.ordinal(Math.round(point)) + " percentile.",
                experienceChange, experienceChange * 100.0 / d.median(), rd.source(), true));

        // 3. Location: the place's wage over the national wage of the same statistic.
        final String locationName;
        Location place = locations.get(request.location());
        if (place == null || place.isNational()) {
            if (place == null && UsStates.NAMES.containsKey(request.location())) {
                locationName = UsStates.NAMES.get(request.location());
                factors.add(new Factor("location", () -> "Location: " + locationName,
                        () -> "Our sources publish no figure for " + locationName + ", so the national figure is used.",
                        0, 0, null, false));
            } else {
                locationName = national.name();
                factors.add(new Factor("location", () -> "Location: " + locationName + " (national)",
                        () -> "National pay; no place adjustment.", 0, 0, national.source(), false));
            }
        } else if (place.wage() == null) {
            locationName = place.name();
            factors.add(new Factor("location", () -> "Location: " + locationName,
                    () -> "No remote pay figure is applied; the national figure is used."
                            + (place.note() == null ? "" : " Source note: " + place.note() + "."),
                    0, 0, place.source(), false));
        } else {
            locationName = place.name();
            boolean like = place.statistic().equals(national.statistic());
            double reference = like ? national.wage() : nationalMeanEstimate;
            double ratio = place.wage() / reference;
            double before = mid;
            low *= ratio;
            mid *= ratio;
            high *= ratio;
            factors.add(new Factor("location", () -> "Location: " + locationName,
                    () -> Format.money(place.wage()) + " " + place.statistic() + " here ÷ " + Format.money(reference)
                            + (like ? " national " + national.statistic() : " national mean, estimated from the national percentiles")
                            + " = ×" + ratioText(ratio) + (like ? "." : " (approximate: the place figure is a rounded mean)."),
                    Math.round(mid - before), (ratio - 1) * 100, place.source(), true));
        }

        // 4. Premiums: each multiplies by its sourced range; together they are capped.
        double liftLow = 1;
        double liftMid = 1;
        double liftHigh = 1;
        for (String skill : request.skills()) {
            double[] pct = premium(request.role(), skill, "skill", factors, mid * liftMid);
            if (pct != null) {
                liftLow *= 1 + pct[0] / 100;
                liftMid *= 1 + pct[1] / 100;
                liftHigh *= 1 + pct[2] / 100;
            }
        }
        if (request.company() != null) {
            double[] pct = premium(request.role(), request.company(), "company", factors, mid * liftMid);
            if (pct != null) {
                liftLow *= 1 + pct[0] / 100;
                liftMid *= 1 + pct[1] / 100;
                liftHigh *= 1 + pct[2] / 100;
            }
        }
        double cap = 1 + PREMIUM_CAP_PCT / 100;
        if (liftHigh > cap) {
            double uncappedMid = mid * liftMid;
            liftLow = Math.min(liftLow, cap);
            liftMid = Math.min(liftMid, cap);
            liftHigh = cap;
            factors.add(new Factor("cap", () -> "Cap on combined premiums",
                    () -> "Premiums stack to more than +" + Format.percent(PREMIUM_CAP_PCT)
                            + "; we cap the combined lift there because no source measures stacked premiums.",
                    Math.round(mid * liftMid - uncappedMid), 0, null, true));
        }
        low *= liftLow;
        mid *= liftMid;
        high *= liftHigh;

        Range base = new Range(Math.round(low), Math.round(mid), Math.round(high));
        Range hourly = new Range(hourly(base.low()), hourly(base.mid()), hourly(base.high()));
        Double offerPercentile = request.offer() == null ? null : percentileOf(d, request.offer());
        return new Estimate(request, rd, level, locationName, base, percentileOf(d, base.mid()), hourly,
                totalCompensation(request, base), offerPercentile, List.copyOf(factors));
    }

    /** What adding one more premium would do to the middle of this estimate, largest first. */
    public List<WhatIf> whatIfs(EstimateRequest request, int limit) {
        Estimate now = estimate(request);
        List<WhatIf> options = new ArrayList<>();
        for (String skill : premiumsFor(request.role(), false)) {
            if (!request.skills().contains(skill)) {
                List<String> more = new ArrayList<>(request.skills());
                more.add(skill);
                long change = Math.round(estimate(request.withSkills(more)).base().mid() - now.base().mid());
                options.add(new WhatIf("with " + skillName(request.role(), skill), change));
            }
        }
        for (String company : premiumsFor(request.role(), true)) {
            if (!company.equals(request.company())) {
                long change = Math.round(estimate(request.withCompany(company)).base().mid() - now.base().mid());
                options.add(new WhatIf("at a " + premiums.get(company).name().toLowerCase(), change));
            }
        }
        return options.stream().filter(w -> w.change() > 0)
                .sorted(Comparator.comparingLong(WhatIf::change).reversed()).limit(limit).toList();
    }

    /** Skills (or company types) with a published figure for a role, in dataset order. */
    public List<String> premiumsFor(String role, boolean companies) {
        List<String> ids = new ArrayList<>();
        if (!companies) {
            data.skillPayFor(role).forEach(s -> ids.add(s.skill()));
        }
        for (Premium p : data.premiums()) {
            boolean isCompany = p.kind().equals("company");
            if (isCompany == companies && p.appliesTo(role) && p.hasFigure() && !ids.contains(p.id())) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    public String skillName(String role, String skill) {
        SkillPay sp = skillPay(role, skill);
        if (sp != null) {
            return sp.name();
        }
        Premium p = premiums.get(skill);
        if (p != null) {
            return p.name();
        }
        return data.skillPay().stream().filter(s -> s.skill().equals(skill)).map(SkillPay::name).findFirst().orElse(skill);
    }

    /** The difference between two roles' medians, from the distributions estimates use. */
    public Difference compare(String a, String b) {
        return difference(a, distribution(a).distribution().median(), b, distribution(b).distribution().median(), null);
    }

    /** The difference between two roles' national medians as one source publishes them. */
    public Optional<Difference> compare(String a, String b, String source) {
        Optional<RoleFigure> fa = data.postingMedian(a, source);
        Optional<RoleFigure> fb = data.postingMedian(b, source);
        if (fa.isEmpty() || fb.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(difference(a, fa.get().median(), b, fb.get().median(), source));
    }

    /** How far a skill's posted median sits above (or below) the role's overall posted median. */
    public Optional<Difference> skillLift(String role, String skill) {
        SkillPay sp = skillPay(role, skill);
        Integer baseline = postingBaselines.get(role);
        if (sp == null || baseline == null) {
            return Optional.empty();
        }
        return Optional.of(difference(skill, sp.median(), role, baseline, sp.source()));
    }

    public static double hourly(double annual) {
        return Math.round(annual / HOURS_PER_YEAR * 100) / 100.0;
    }

    /** Percent a place's published wage sits above the national figure of the same statistic. */
    public Optional<Double> placePremium(String slug) {
        Location place = locations.get(slug);
        if (place == null || place.wage() == null || place.isNational()) {
            return Optional.empty();
        }
        double reference = place.statistic().equals(national.statistic()) ? national.wage() : nationalMeanEstimate;
        return Optional.of((place.wage() / reference - 1) * 100);
    }

    /** A role's median scaled to a place by the place's wage ratio; empty where the place has no figure. */
    public Optional<Double> placeMedian(String role, String slug) {
        return placePremium(slug).map(pct -> distribution(role).distribution().median() * (1 + pct / 100));
    }

    public double nationalMeanEstimate() {
        return nationalMeanEstimate;
    }

    private Difference difference(String a, double va, String b, double vb, String source) {
        boolean aHigher = va >= vb;
        double higher = Math.max(va, vb);
        double lower = Math.min(va, vb);
        return new Difference(aHigher ? a : b, aHigher ? b : a, Math.round(higher), Math.round(lower),
                Math.round(higher - lower), (higher - lower) / lower * 100, source);
    }

    /** Returns {low, mid, high} percent for one premium and records its factor, or null when it changes nothing. */
    private double[] premium(String role, String id, String kind, List<Factor> factors, double midBefore) {
        String title = kind.equals("company") ? "Company type: " : "Skill: ";
        SkillPay sp = skillPay(role, id);
        Integer baseline = postingBaselines.get(role);
        if (sp != null && baseline != null) {
            double pct = (sp.median() / (double) baseline - 1) * 100;
            factors.add(new Factor(kind, () -> title + sp.name(), () -> "Postings for this role naming " + sp.name()
                    + " advertise a median of " + Format.money(sp.median()) + (sp.n() == null ? "" : " (n=" + sp.n() + ")")
                    + " against " + Format.money(baseline) + " for all its postings: " + Format.signedPercent(pct) + ".",
                    Math.round(midBefore * pct / 100), pct, sp.source(), true));
            return new double[] {pct, pct, pct};
        }
        Premium p = premiums.get(id);
        if (p == null || (kind.equals("company") != p.kind().equals("company"))) {
            factors.add(new Factor(kind, () -> title + skillName(role, id),
                    () -> "We have no figure for this, so it changes nothing.", 0, 0, null, false));
            return null;
        }
        if (!p.appliesTo(role)) {
            factors.add(new Factor(kind, () -> title + p.name(),
                    () -> "Our sources give no figure for this with this role, so it changes nothing.", 0, 0, p.source(), false));
            return null;
        }
        if (!p.hasFigure()) {
            factors.add(new Factor(kind, () -> title + p.name(), () -> "The source gives no percentage"
                    + (p.note() == null ? "" : " (" + p.note() + ")") + ", so it changes nothing.", 0, 0, p.source(), false));
            return null;
        }
        double midPct = (p.lowPct() + p.highPct()) / 2;
        factors.add(new Factor(kind, () -> title + p.name(), () -> "+" + Format.percentRange(p.lowPct(), p.highPct()) + " on base pay"
                + (p.lowPct().equals(p.highPct()) ? "." : "; the middle of the estimate takes " + Format.signedPercent(midPct) + "."),
                Math.round(midBefore * midPct / 100), midPct, p.source(), midPct != 0));
        return new double[] {p.lowPct(), midPct, p.highPct()};
    }

    private SkillPay skillPay(String role, String skill) {
        Map<String, SkillPay> forRole = skillPay.get(role);
        return forRole == null ? null : forRole.get(skill);
    }

    private TotalCompensation totalCompensation(EstimateRequest request, Range base) {
        List<CompComponent> extras = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String component : new String[] {"bonus", "equity", "benefits"}) {
            Optional<TotalComp> row = compRow(request.role(), request.company(), component);
            if (row.isEmpty()) {
                missing.add(component);
                continue;
            }
            TotalComp t = row.get();
            double high = t.high() == null ? t.low() : t.high();
            boolean share = t.unit().equals("pct_of_base");
            extras.add(new CompComponent(t, Math.round(share ? base.mid() * t.low() / 100 : t.low()),
                    Math.round(share ? base.mid() * high / 100 : high)));
        }
        // The all-in range pairs like with like: extras at their low end on the low base, high on high.
        long low = Math.round(base.low());
        long high = Math.round(base.high());
        for (CompComponent c : extras) {
            TotalComp t = c.row();
            double top = t.high() == null ? t.low() : t.high();
            boolean share = t.unit().equals("pct_of_base");
            low += Math.round(share ? base.low() * t.low() / 100 : t.low());
            high += Math.round(share ? base.high() * top / 100 : top);
        }
        return new TotalCompensation(base, List.copyOf(extras), List.copyOf(missing), low, high);
    }

    /** The most specific row: this company type first (it sets bonus and equity practice), then this role, then any. */
    private Optional<TotalComp> compRow(String role, String company, String component) {
        TotalComp best = null;
        int bestScore = -1;
        for (TotalComp t : data.totalComp()) {
            if (!t.component().equals(component)) {
                continue;
            }
            boolean roleMatches = t.role().equals("*") || t.role().equals(role);
            boolean companyMatches = t.company().equals("*") || t.company().equals(company);
            if (!roleMatches || !companyMatches) {
                continue;
            }
            int score = (t.company().equals("*") ? 0 : 2) + (t.role().equals("*") ? 0 : 1);
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private RoleDistribution derive(Role role) {
        RoleFigure primary = data.primary(role.slug());
        Source source = sources.get(primary.source());
        String cited = source.citation();
        if (primary.kind().equals("percentiles")) {
            return new RoleDistribution(role, new Distribution(primary.p10(), primary.p25(), primary.median(),
                    primary.p75(), primary.p90()), "Published 10th–90th percentiles (" + cited + ").",
                    primary.source(), false);
        }
        RoleDistribution shape = shapeFor(role.soc());
        double median;
        String basis;
        if (primary.kind().equals("median")) {
            median = primary.median();
            basis = "A published median of " + Format.money(median) + " (" + cited + ")";
        } else {
            median = (primary.low() + primary.high()) / 2.0;
            basis = "The midpoint of a published range of " + Format.range(primary.low(), primary.high()) + " ("
                    + cited + ")";
        }
        Distribution ref = shape.distribution();
        double scale = median / ref.median();
        Distribution d = new Distribution(ref.p10() * scale, ref.p25() * scale, median, ref.p75() * scale,
                ref.p90() * scale);
        return new RoleDistribution(role, d, basis + "; the spread around it takes the shape of BLS SOC "
                + shape.role().soc() + " (" + shape.role().title() + ").", primary.source(), true);
    }

    /** The published percentile spread of an occupation, falling back to the software reference occupation. */
    private RoleDistribution shapeFor(String soc) {
        for (String wanted : new String[] {soc, REFERENCE_SOC}) {
            for (Role r : data.roles()) {
                RoleFigure f = data.primary(r.slug());
                if (r.soc().equals(wanted) && f.kind().equals("percentiles")) {
                    return distributions.containsKey(r.slug()) ? distributions.get(r.slug()) : derive(r);
                }
            }
        }
        throw new IllegalStateException("no role publishes percentiles for SOC " + REFERENCE_SOC);
    }

    /** Pay at any percentile from 10 to 90, linear between the published points. */
    static double valueAt(Distribution d, double percentile) {
        int[] ps = PERCENTILE_POINTS;
        double[] vs = d.values();
        if (percentile <= ps[0]) {
            return vs[0];
        }
        for (int i = 1; i < ps.length; i++) {
            if (percentile <= ps[i]) {
                double t = (percentile - ps[i - 1]) / (ps[i] - ps[i - 1]);
                return vs[i - 1] + t * (vs[i] - vs[i - 1]);
            }
        }
        return vs[vs.length - 1];
    }

    /** Where an amount falls in a distribution, 1 to 99; beyond p10 and p90 the nearest segment's slope carries on. */
    static double percentileOf(Distribution d, double amount) {
        int[] ps = PERCENTILE_POINTS;
        double[] vs = d.values();
        int segment;
        if (amount <= vs[0]) {
            segment = 1;
        } else if (amount >= vs[vs.length - 1]) {
            segment = vs.length - 1;
        } else {
            segment = 1;
            while (amount > vs[segment]) {
                segment++;
            }
        }
        double span = vs[segment] - vs[segment - 1];
        double pct = span <= 0 ? ps[segment] : ps[segment - 1] + (amount - vs[segment - 1]) / span * (ps[segment] - ps[segment - 1]);
        return Math.max(1, Math.min(99, pct));
    }

    /**
     * The mean implied by the published percentiles, reading pay as linear between them and flat beyond p10
     * and p90. Real pay has a longer top tail, so this understates the true mean a little; it is used only to
     * compare places published as means with a like national figure.
     */
    static double approximateMean(Distribution d) {
        return 0.10 * d.p10() + 0.15 * (d.p10() + d.p25()) / 2 + 0.25 * (d.p25() + d.median()) / 2
                + 0.25 * (d.median() + d.p75()) / 2 + 0.15 * (d.p75() + d.p90()) / 2 + 0.10 * d.p90();
    }

    private static String ratioText(double ratio) {
        long thousandths = Math.round(ratio * 1000);
        String frac = Long.toString(thousandths % 1000);
        return thousandths / 1000 + "." + "000".substring(frac.length()) + frac;
    }
}
