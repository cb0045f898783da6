package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.SkillPay;
import com.salaryatlas.dataset.TotalComp;
import com.salaryatlas.estimate.Factor.Kind;
import com.salaryatlas.estimate.Factor.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place an estimate is computed (DESIGN.md, "The estimation method"). Pure: it works on the in-memory
 * dataset and does no I/O, so articles, role pages, charts, the calculator and the API all print the same figures.
 * It returns numbers and keys; {@code explain} turns them into sentences.
 */
public final class EstimationService {

    /**
     * Stacked premiums never lift pay by more than this: the largest lift a source reports for any single skill,
     * certification or employer type that estimates apply.
     */
    public static final double PREMIUM_CAP_PCT = 30.0;
    public static final double HOURS_PER_YEAR = 2080.0;

    private final Dataset data;
    private final Distributions distributions;
    private final Places places;

    public EstimationService(Dataset data, Distributions distributions, Places places) {
        this.data = data;
        this.distributions = distributions;
        this.places = places;
    }

    public Estimate estimate(EstimateRequest request) {
        RoleDistribution rd = distributions.of(request.role());
        Distribution d = rd.distribution();
        String role = request.role().slug();
        List<Factor> factors = new ArrayList<>(4 + request.skills().size());

        // 1–2. Experience: a band of the role's national distribution; years place the middle within it.
        Level level = request.resolvedLevel();
        double point;
        if (request.years() != null) {
            double years = Math.min(request.years(), Level.YEARS_CEILING);
            double width = level.toYears - level.fromYears + 1;
            double within = (years - level.fromYears + 0.5) / width;
            point = level.fromPercentile + within * (level.toPercentile - level.fromPercentile);
        } else {
            point = (level.fromPercentile + level.toPercentile) / 2.0;
        }
        double low = Distributions.valueAt(d, level.fromPercentile);
        double mid = Distributions.valueAt(d, point);
        double high = Distributions.valueAt(d, level.toPercentile);
        long experienceChange = Math.round(mid) - Math.round(d.median());
        factors.add(new Factor(Kind.EXPERIENCE, request.years() != null ? Reason.EXPERIENCE_YEARS : Reason.EXPERIENCE_LEVEL,
                level.slug, null, experienceChange, experienceChange * 100.0 / d.median(), rd.source(), true,
                request.years() == null
                        ? Map.of("bandLow", low, "bandHigh", high, "point", point)
                        : Map.of("bandLow", low, "bandHigh", high, "point", point, "years", (double) request.years())));

        // 3. Place: the occupation's own state median over its national median, same survey and period.
        //    A metro is placed by its state: its own figure names no survey we can compare like with like.
        Location place = request.location();
        String areaCode = place.state();
        if (place.isNational()) {
            factors.add(new Factor(Kind.LOCATION, Reason.PLACE_NATIONAL, place.name(), null, 0, 0, null, false, Map.of()));
        } else if ("remote".equals(place.type())) {
            factors.add(new Factor(Kind.LOCATION, Reason.PLACE_REMOTE, place.name(), place.note(), 0, 0, place.source(),
                    false, Map.of()));
        } else {
            Optional<Places.Ratio> ratio = places.ratio(request.role().soc(), areaCode);
            String stateName = data.oews().area(areaCode).map(a -> a.name()).orElse(areaCode);
            boolean metro = place.type().equals("metro");
            if (ratio.isEmpty()) {
                factors.add(new Factor(Kind.LOCATION, metro ? Reason.PLACE_METRO_NO_FIGURE : Reason.PLACE_NO_FIGURE,
                        place.name(), stateName, 0, 0, null, false, Map.of()));
            } else {
                Places.Ratio r = ratio.get();
                double before = mid;
                low *= r.ratio();
                mid *= r.ratio();
                high *= r.ratio();
                factors.add(new Factor(Kind.LOCATION, metro ? Reason.PLACE_METRO : Reason.PLACE_RATIO, place.name(),
                        stateName, Math.round(mid - before), r.percent(), r.stateSource(), true,
                        Map.of("state", r.stateMedian(), "national", r.nationalMedian(), "ratio", r.ratio())));
            }
        }

        // 4. Premiums: each multiplies by its sourced range; together they are capped.
        double[] lift = {1, 1, 1};
        for (String skill : request.skills()) {
            applyPremium(role, skill, Kind.SKILL, factors, mid * lift[1], lift);
        }
        if (request.company() != null) {
            applyPremium(role, request.company().id(), Kind.COMPANY, factors, mid * lift[1], lift);
        }
        double cap = 1 + PREMIUM_CAP_PCT / 100;
        if (lift[2] > cap) {
            double uncappedMid = mid * lift[1];
            lift[0] = Math.min(lift[0], cap);
            lift[1] = Math.min(lift[1], cap);
            lift[2] = cap;
            factors.add(new Factor(Kind.CAP, Reason.CAP, null, null, Math.round(mid * lift[1] - uncappedMid), 0, null,
                    true, Map.of("cap", PREMIUM_CAP_PCT)));
        }
        low *= lift[0];
        mid *= lift[1];
        high *= lift[2];

        Range base = new Range(Math.round(low), Math.round(mid), Math.round(high));
        Range hourly = new Range(hourly(base.low()), hourly(base.mid()), hourly(base.high()));
        Double offerPercentile = request.offer() == null ? null : Distributions.percentileOf(d, request.offer());
        return new Estimate(request, rd, level, base, Distributions.percentileOf(d, base.mid()), hourly,
                totalCompensation(request, base), offerPercentile, List.copyOf(factors));
    }

    /** What adding one more premium would do to the middle of this estimate, largest first. */
    public List<WhatIf> whatIfs(EstimateRequest request, int limit) {
        Estimate now = estimate(request);
        String role = request.role().slug();
        List<WhatIf> options = new ArrayList<>();
        for (String skill : data.premiumsFor(role, false)) {
            if (!request.skills().contains(skill)) {
                List<String> more = new ArrayList<>(request.skills());
                more.add(skill);
                long change = Math.round(estimate(request.withSkills(more)).base().mid() - now.base().mid());
                options.add(new WhatIf(Kind.SKILL, data.skillName(role, skill), change));
            }
        }
        for (String company : data.premiumsFor(role, true)) {
            if (request.company() == null || !company.equals(request.company().id())) {
                Premium p = data.premium(company).orElseThrow();
                long change = Math.round(estimate(request.withCompany(p)).base().mid() - now.base().mid());
                options.add(new WhatIf(Kind.COMPANY, p.name(), change));
            }
        }
        return options.stream().filter(w -> w.change() > 0)
                .sorted(Comparator.comparingLong(WhatIf::change).reversed()).limit(limit).toList();
    }

    public static double hourly(double annual) {
        return Math.round(annual / HOURS_PER_YEAR * 100) / 100.0;
    }

    /** Adds one premium's factor and multiplies its {low, mid, high} percent into {@code lift}. */
    private void applyPremium(String role, String id, Kind kind, List<Factor> factors, double midBefore, double[] lift) {
        Optional<SkillPay> sp = data.skillPay(role, id);
        Optional<RoleFigure> baseline = sp.flatMap(s -> data.postingMedian(role, s.source()));
        if (sp.isPresent() && baseline.isPresent()) {
            SkillPay s = sp.get();
            double pct = (s.median() / (double) baseline.get().median() - 1) * 100;
            factors.add(new Factor(kind, Reason.SKILL_POSTINGS, s.name(), null, Math.round(midBefore * pct / 100), pct,
                    s.source(), true, s.n() == null
                            ? Map.of("median", (double) s.median(), "baseline", (double) baseline.get().median())
                            : Map.of("median", (double) s.median(), "baseline", (double) baseline.get().median(),
                                    "n", (double) s.n())));
            multiply(lift, pct, pct, pct);
            return;
        }
        Premium p = data.premium(id).orElse(null);
        if (p == null || (kind == Kind.COMPANY) != p.isCompany()) {
            factors.add(new Factor(kind, Reason.PREMIUM_UNKNOWN, data.skillName(role, id), null, 0, 0, null, false, Map.of()));
        } else if (!p.appliesTo(role)) {
            factors.add(new Factor(kind, Reason.PREMIUM_NOT_FOR_ROLE, p.name(), null, 0, 0, p.source(), false, Map.of()));
        } else if (!p.hasFigure()) {
            factors.add(new Factor(kind, Reason.PREMIUM_NO_FIGURE, p.name(), p.note(), 0, 0, p.source(), false, Map.of()));
        } else {
            double midPct = (p.lowPct() + p.highPct()) / 2;
            factors.add(new Factor(kind, Reason.PREMIUM_RANGE, p.name(), null, Math.round(midBefore * midPct / 100), midPct,
                    p.source(), midPct != 0, Map.of("low", p.lowPct(), "high", p.highPct())));
            multiply(lift, p.lowPct(), midPct, p.highPct());
        }
    }

    private static void multiply(double[] lift, double lowPct, double midPct, double highPct) {
        lift[0] *= 1 + lowPct / 100;
        lift[1] *= 1 + midPct / 100;
        lift[2] *= 1 + highPct / 100;
    }

    private TotalCompensation totalCompensation(EstimateRequest request, Range base) {
        List<CompComponent> extras = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String company = request.company() == null ? null : request.company().id();
        for (String component : new String[] {"bonus", "equity", "benefits"}) {
            Optional<TotalComp> row = compRow(request.role().slug(), company, component);
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
}
