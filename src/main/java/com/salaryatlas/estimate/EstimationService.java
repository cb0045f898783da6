package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.SkillPay;
import com.salaryatlas.dataset.SurveyLanguage;
import com.salaryatlas.dataset.TotalComp;
import com.salaryatlas.estimate.Factor.Kind;
import com.salaryatlas.estimate.Factor.Reason;
import com.salaryatlas.estimate.TotalCompensation.Missing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place an estimate is computed (the method is set out on /methodology). Pure: it works on the in-memory
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
    /**
     * A measured lift is shrunk toward zero by its sample size: lift × n / (n + this), for job postings (n postings)
     * and the survey's languages (n answers) alike. With 100 half the measured lift counts; with 900, nine tenths. A
     * posting lift with no stated sample is not applied.
     */
    public static final int SHRINK = 100;

    /**
     * The group every language counts in: one language counts, the largest. The rule for a language (stated on
     * /methodology): where the survey measures it ({@link LanguageLifts#measured}: 2025, n at least
     * {@link LanguageLifts#MIN_N}), its 2025 ratio in bands of years coding applies, shrunk by {@link #SHRINK}; 2023's
     * ratio and the role's postings naming it are shown beside, not applied, and a quoted premium without data is
     * never applied. Where the survey does not measure it, the postings rule and then a quoted premium apply as for
     * any other skill. The survey asks every developer, so its answers outnumber any posting sample, and one source
     * for every language keeps languages comparable with each other.
     */
    public static final String LANGUAGES = "languages";

    /** The survey the experience factor cites: its pooled cells are 2023's and 2024's respondents together. */
    static final String SURVEY_SOURCE = "so-survey-2024";
    /** The parts of pay beyond base, in the order an estimate lists them. */
    private static final List<String> COMP_COMPONENTS = List.of("bonus", "equity", "benefits");

    private final Dataset data;
    /**
     * What the calculator offers each role, worked out on the first ask: the dataset never changes, and every result
     * page's what-ifs ask for it again.
     */
    private final Map<String, Offered> offered = new ConcurrentHashMap<>();
    /** Each role's bonus, equity and benefits rows for any employer ({@link #compRow}), chosen once for every estimate. */
    private final Map<String, Map<String, TotalComp>> compRows = new HashMap<>();
    private final Distributions distributions;
    private final Places places;
    private final Experience experience;
    private final SurveyFactors surveyFactors;
    private final LanguageLifts languages;

    public EstimationService(Dataset data, Distributions distributions, Places places) {
        this.data = data;
        this.distributions = distributions;
        this.places = places;
        for (com.salaryatlas.dataset.Role role : data.roles()) {
            Map<String, TotalComp> rows = new HashMap<>();
            for (String component : COMP_COMPONENTS) {
                compRow(role.slug(), null, component).ifPresent(t -> rows.put(component, t));
            }
            compRows.put(role.slug(), rows);
        }
        this.experience = new Experience(data);
        this.surveyFactors = new SurveyFactors(data);
        this.languages = new LanguageLifts(data);
    }

    /** The languages the survey measures, for pages to show beside postings. */
    public LanguageLifts languages() {
        return languages;
    }

    /** How much of a lift measured on {@code n} postings or answers counts: n ÷ (n + {@link #SHRINK}). */
    public static double shrinkWeight(long n) {
        return n / (double) (n + SHRINK);
    }

    /** Company sizes and work arrangements the survey measures, for forms and pages to offer. */
    public SurveyFactors surveyFactors() {
        return surveyFactors;
    }

    public Estimate estimate(EstimateRequest request) {
        List<Factor> factors = new ArrayList<>(4 + request.skills().size());
        Placed placed = placed(request, factors);
        Range base = lifted(request, placed.band(), factors);
        Distribution d = placed.distribution().distribution();
        Range hourly = new Range(hourly(base.low()), hourly(base.mid()), hourly(base.high()));
        TotalCompensation total = totalCompensation(request, placed.level(), base);
        OfferCheck offer = request.offer() == null ? null : offer(request.offer(), d, placed.survey(), base);
        return new Estimate(request, placed.distribution(), placed.level(), base, Distributions.place(d, base.mid()), hourly,
                total, offer, List.copyOf(factors));
    }

    /** Where experience and place put a request, before premiums: {@code band} is its low, middle and high. */
    private record Placed(RoleDistribution distribution, Level level, Figures.Survey survey, double[] band) {
    }

    /**
     * Steps 1–3 of the method, adding their factors to {@code factors}. Skills, company size and work arrangement play
     * no part, so every what-if of a request shares its placement.
     */
    private Placed placed(EstimateRequest request, List<Factor> factors) {
        RoleDistribution rd = distributions.occupationOf(request.role());
        Distribution d = rd.distribution();

        // 1–2. Experience (and a title's own survey group) set the middle and the range by quantile mapping.
        Level level = request.resolvedLevel();
        double years = request.years() != null ? request.years() : level.typicalYears;
        Figures.Survey placed = experience.place(request.role(), years);
        double[] band = {Distributions.valueAt(d, placed.low()), Distributions.valueAt(d, placed.mid()),
            Distributions.valueAt(d, placed.high())};
        long experienceChange = Math.round(band[1]) - Math.round(d.median());
        boolean overridden = request.years() != null && request.level() != null && request.level() != level;
        factors.add(Factor.applied(Kind.EXPERIENCE, request.years() != null ? Reason.EXPERIENCE_YEARS : Reason.EXPERIENCE_LEVEL,
                level.slug, overridden ? request.level().slug : null, experienceChange,
                experienceChange * 100.0 / d.median(), SURVEY_SOURCE, placed));

        // 3. Place: the occupation's own state median over its national median, same survey and period.
        //    A metro is placed by its state: its own figure names no survey we can compare like with like.
        place(request, band, factors);
        return new Placed(rd, level, placed, band);
    }

    /** Step 4 on a placed band (left as it is), adding its factors to {@code factors}: the base range. */
    private Range lifted(EstimateRequest request, double[] band, List<Factor> factors) {
        // 4. Premiums: within a group only the largest counts; together they are capped.
        double[] lift = premiums(request, band[1], factors);
        double[] lifted = {band[0] * lift[0], band[1] * lift[1], band[2] * lift[2]};
        double cap = 1 + PREMIUM_CAP_PCT / 100;
        if (lift[2] > cap) {
            double[] capped = {band[0] * Math.min(lift[0], cap), band[1] * Math.min(lift[1], cap), band[2] * cap};
            factors.add(Factor.applied(Kind.CAP, Reason.CAP, null, null, Math.round(capped[1] - lifted[1]), 0, null,
                    new Figures.Cap(PREMIUM_CAP_PCT, (lift[2] - 1) * 100, lifted[0] - capped[0], lifted[1] - capped[1],
                            lifted[2] - capped[2])));
            lifted = capped;
        }
        return new Range(Math.round(lifted[0]), Math.round(lifted[1]), Math.round(lifted[2]));
    }

    /** Where these years place a role by the survey's ranks, as the estimate's experience line reads it. */
    public Figures.Survey experienceAt(com.salaryatlas.dataset.Role role, double years) {
        return experience.place(role, years);
    }

    /** What adding one more premium would do to the middle of this estimate, largest first; one line per group. */
    public List<WhatIf> whatIfs(EstimateRequest request, int limit) {
        // Each what-if is the estimate's middle with one more choice; only the premiums differ, so the band is placed
        // once and nothing beyond the middle (total pay, the offer, hourly) is worked out.
        double[] band = placed(request, new ArrayList<>()).band();
        double now = lifted(request, band, new ArrayList<>()).mid();
        String role = request.role().slug();
        Map<String, WhatIf> bestPerGroup = new LinkedHashMap<>();
        for (Offer offer : offered(role).offers()) {
            if (!request.skills().contains(offer.skill())) {
                List<String> more = new ArrayList<>(request.skills());
                more.add(offer.skill());
                long change = Math.round(lifted(request.withSkills(more), band, new ArrayList<>()).mid() - now);
                WhatIf w = new WhatIf(Kind.SKILL, offer.name(), change);
                bestPerGroup.merge(offer.group(), w, (a, b) -> a.change() >= b.change() ? a : b);
            }
        }
        // The groups are keyed by their slugs already: no slug is worked out per estimate.
        for (Map.Entry<String, Figures.SurveyRatio> size : surveyFactors.groups(SurveyFactors.ORG_SIZE).entrySet()) {
            String slug = size.getKey();
            if (!slug.equals(request.orgSize())) {
                long change = Math.round(lifted(request.withOrgSize(slug), band, new ArrayList<>()).mid() - now);
                bestPerGroup.merge(SurveyFactors.ORG_SIZE, new WhatIf(Kind.COMPANY_SIZE, size.getValue().group(), change),
                        (x, y) -> x.change() >= y.change() ? x : y);
            }
        }
        return bestPerGroup.values().stream().filter(w -> w.change() > 0)
                .sorted(Comparator.comparingLong(WhatIf::change).reversed()).limit(limit).toList();
    }

    /**
     * The skills, certifications and specializations the calculator offers for a role: only those with a figure
     * that applies to it (a posting lift with a stated sample, or a sourced percentage). The list cannot be changed.
     */
    public List<String> offeredSkills(String role) {
        return offered(role).skills();
    }

    /** A skill the calculator offers, with the name and group its what-if line takes. */
    private record Offer(String skill, String name, String group) {
    }

    /** The skills offered for one role, in the order {@link #offeredSkills} gives them, and each one's what-if line. */
    private record Offered(List<String> skills, List<Offer> offers) {
    }

    /** A role's offer, kept for a role of the dataset; any other string is answered afresh and not kept. */
    private Offered offered(String role) {
        return data.role(role).isPresent() ? offered.computeIfAbsent(role, this::computeOffered) : computeOffered(role);
    }

    private Offered computeOffered(String role) {
        List<String> skills = List.copyOf(skillsOffered(role));
        return new Offered(skills, skills.stream().map(s -> new Offer(s, data.skillName(role, s), group(s))).toList());
    }

    /** Works out what {@link #offeredSkills} gives, from the dataset. */
    private List<String> skillsOffered(String role) {
        List<String> ids = new ArrayList<>();
        for (SkillPay s : data.skillPayFor(role)) {
            if (s.n() != null && data.postingMedian(role, s.source()).isPresent()) {
                ids.add(s.skill());
            }
        }
        for (Premium p : data.premiums()) {
            if (!p.isCompany() && p.appliesTo(role) && p.hasFigure() && !ids.contains(p.id())) {
                ids.add(p.id());
            }
        }
        for (LanguageLifts.Lift l : languages.offered(role)) {
            if (!ids.contains(l.language().skill())) {
                ids.add(l.language().skill());
            }
        }
        return ids;
    }

    /** The factor one posting skill would add for a role: its measured lift and the lift the method applies. */
    public Factor skillFactor(String role, String skill) {
        return premiumFactor(role, skill, Kind.SKILL, 0);
    }

    /**
     * The group a skill counts in: {@link #LANGUAGES} for a language survey_languages.csv lists, else a premium's own
     * group, or its id for a skill known only from postings.
     */
    public String group(String skill) {
        if (data.surveyLanguage(skill).isPresent()) {
            return LANGUAGES;
        }
        return data.premium(skill).map(Premium::group).orElse(skill);
    }

    public static double hourly(double annual) {
        return Math.round(annual / HOURS_PER_YEAR * 100) / 100.0;
    }

    /** Applies the place's ratio to the band in place and records its factor. */
    private void place(EstimateRequest request, double[] band, List<Factor> factors) {
        Location place = request.location();
        if (place.isNational()) {
            factors.add(Factor.notApplied(Kind.LOCATION, Reason.PLACE_NATIONAL, place.name(), null, null, Figures.NONE));
            return;
        }
        if ("remote".equals(place.type())) {
            factors.add(Factor.notApplied(Kind.LOCATION, Reason.PLACE_REMOTE, place.name(), place.note(), place.source(),
                    Figures.NONE));
            return;
        }
        Optional<Places.Ratio> ratio = places.ratio(request.role().soc(), place.state());
        String stateName = data.oews().area(place.state()).map(a -> a.name()).orElse(place.state());
        boolean metro = place.type().equals("metro");
        if (ratio.isEmpty()) {
            factors.add(Factor.notApplied(Kind.LOCATION, metro ? Reason.PLACE_METRO_NO_FIGURE : Reason.PLACE_NO_FIGURE,
                    place.name(), stateName, null, Figures.NONE));
            return;
        }
        Places.Ratio r = ratio.get();
        double before = band[1];
        for (int i = 0; i < band.length; i++) {
            band[i] *= r.ratio();
        }
        factors.add(Factor.applied(Kind.LOCATION, metro ? Reason.PLACE_METRO : Reason.PLACE_RATIO, place.name(), stateName,
                Math.round(band[1] - before), r.percent(), r.stateSource(),
                new Figures.Ratio(r.stateMedian(), r.nationalMedian(), r.ratio())));
    }

    /** The combined {low, mid, high} multiplier of every chosen premium and survey group, one per group. */
    private double[] premiums(EstimateRequest request, double midBefore, List<Factor> factors) {
        String role = request.role().slug();
        Map<String, double[]> byGroup = new LinkedHashMap<>();
        Map<String, Integer> factorOfGroup = new HashMap<>();
        List<String> chosen = new ArrayList<>(request.skills());
        // Company size and work arrangement, measured by the survey, each count as their own group.
        surveyFactor(Kind.COMPANY_SIZE, SurveyFactors.ORG_SIZE, request.orgSize(), midBefore, byGroup, factorOfGroup, factors);
        surveyFactor(Kind.ARRANGEMENT, SurveyFactors.ARRANGEMENT, request.arrangement(), midBefore, byGroup, factorOfGroup,
                factors);
        if (request.industry() != null) {
            places.industryRatio(request.industry()).ifPresentOrElse(r -> {
                double pct = r.percent();
                byGroup.put("company", new double[] {pct, pct, pct});
                factorOfGroup.put("company", factors.size());
                factors.add(Factor.applied(Kind.COMPANY, Reason.INDUSTRY_RATIO, request.industry().industryName(), null,
                        Math.round(midBefore * pct / 100), pct, r.stateSource(),
                        new Figures.Ratio(r.stateMedian(), r.nationalMedian(), r.ratio())));
            }, () -> factors.add(Factor.notApplied(Kind.COMPANY, Reason.INDUSTRY_NO_FIGURE, request.industry().industryName(),
                    null, request.industry().source(), Figures.NONE)));
        }
        for (String id : chosen) {
            Factor f = premiumFactor(role, id, Kind.SKILL, midBefore);
            String group = group(id);
            Range lift = f.lift();
            if (!f.applied() || lift == null) {
                factors.add(f);
                continue;
            }
            double[] pct = {lift.low(), lift.mid(), lift.high()};
            double[] held = byGroup.get(group);
            if (held != null && held[1] >= pct[1]) {
                factors.add(f.countedInsteadOf(factors.get(factorOfGroup.get(group)).subject()));
                continue;
            }
            if (held != null) {
                int earlier = factorOfGroup.get(group);
                factors.set(earlier, factors.get(earlier).countedInsteadOf(f.subject()));
            }
            byGroup.put(group, pct);
            factorOfGroup.put(group, factors.size());
            factors.add(f);
        }
        double[] lift = {1, 1, 1};
        for (double[] pct : byGroup.values()) {
            for (int i = 0; i < 3; i++) {
                lift[i] *= 1 + pct[i] / 100;
            }
        }
        return lift;
    }

    /** Records a survey group's ratio as a factor and a group of its own, when the visitor chose one. */
    private void surveyFactor(Kind kind, String grouping, String slug, double midBefore, Map<String, double[]> byGroup,
                              Map<String, Integer> factorOfGroup, List<Factor> factors) {
        if (slug == null) {
            return;
        }
        Figures.SurveyRatio r = surveyFactors.group(grouping, slug).orElseThrow(
                () -> new IllegalArgumentException("no survey group '" + slug + "' in " + grouping));
        double pct = r.percent();
        byGroup.put(grouping, new double[] {pct, pct, pct});
        factorOfGroup.put(grouping, factors.size());
        factors.add(Factor.applied(kind, Reason.SURVEY_RATIO, r.group(), null, Math.round(midBefore * pct / 100), pct,
                SURVEY_SOURCE, r));
    }

    /**
     * One premium's factor; an applied one carries its low and high percent and its middle as {@code percent}. A
     * language the survey measures takes the survey's lift (the rule at {@link #LANGUAGES}).
     */
    private Factor premiumFactor(String role, String id, Kind kind, double midBefore) {
        Optional<SkillPay> sp = kind == Kind.SKILL ? data.skillPay(role, id) : Optional.empty();
        Optional<Figures.Postings> postings = sp.flatMap(s -> postings(role, s));
        Optional<LanguageLifts.Lift> surveyed = kind == Kind.SKILL ? languages.measured(role, id) : Optional.empty();
        if (surveyed.isPresent()) {
            LanguageLifts.Lift l = surveyed.get();
            double pct = l.applied();
            return Factor.applied(kind, Reason.SKILL_SURVEY, data.skillName(role, id), null,
                    Math.round(midBefore * pct / 100), pct, "so-survey-" + SurveyLanguage.APPLIED_YEAR,
                    new Figures.Language(l.coding(), l.weight(), l.professional(), postings.orElse(null)));
        }
        if (sp.isPresent() && postings.isPresent()) {
            SkillPay s = sp.get();
            Figures.Postings p = postings.get();
            if (s.n() == null) {
                return Factor.notApplied(kind, Reason.SKILL_NO_SAMPLE, s.name(), null, s.source(), p);
            }
            double pct = p.measured() * p.weight();
            return Factor.applied(kind, Reason.SKILL_POSTINGS, s.name(), null, Math.round(midBefore * pct / 100), pct,
                    s.source(), p);
        }
        Premium p = data.premium(id).orElse(null);
        if (p == null || (kind == Kind.COMPANY) != p.isCompany()) {
            return Factor.notApplied(kind, Reason.PREMIUM_UNKNOWN, data.skillName(role, id), null, null, Figures.NONE);
        }
        if (!p.appliesTo(role)) {
            return Factor.notApplied(kind, Reason.PREMIUM_NOT_FOR_ROLE, p.name(), null, p.source(), Figures.NONE);
        }
        if (!p.hasFigure()) {
            return Factor.notApplied(kind, Reason.PREMIUM_NO_FIGURE, p.name(), p.note(), p.source(), Figures.NONE);
        }
        double midPct = (p.lowPct() + p.highPct()) / 2;
        Figures.Percent range = new Figures.Percent(p.lowPct(), p.highPct());
        return midPct == 0 ? Factor.notApplied(kind, Reason.PREMIUM_RANGE, p.name(), null, p.source(), range)
                : Factor.applied(kind, Reason.PREMIUM_RANGE, p.name(), null, Math.round(midBefore * midPct / 100), midPct,
                        p.source(), range);
    }

    /** Postings naming a skill against all the role's postings of the same source, when that source gives both. */
    private Optional<Figures.Postings> postings(String role, SkillPay s) {
        return data.postingMedian(role, s.source()).map(baseline -> new Figures.Postings(s.median(), baseline.median(),
                (s.median() / (double) baseline.median() - 1) * 100, s.n() == null ? null : (long) s.n(),
                s.n() == null ? null : shrinkWeight(s.n())));
    }

    private TotalCompensation totalCompensation(EstimateRequest request, Level level, Range base) {
        List<CompComponent> extras = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        // No employer type is asked any more: only rows for any employer apply (company "*").
        Map<String, TotalComp> rows = compRows.get(request.role().slug());
        for (String component : COMP_COMPONENTS) {
            Optional<TotalComp> row = rows != null ? Optional.ofNullable(rows.get(component))
                    : compRow(request.role().slug(), null, component);
            if (row.isEmpty()) {
                missing.add(new Missing(component, "none", null));
                continue;
            }
            TotalComp t = row.get();
            if (!t.appliesAt(level)) {
                missing.add(new Missing(component, "level", t.source()));
                continue;
            }
            boolean share = t.unit().equals("pct_of_base");
            long low = Math.round(share ? base.low() * t.low() / 100 : t.low());
            Long high = t.high() == null ? null : Math.round(share ? base.high() * t.high() / 100 : t.high());
            extras.add(new CompComponent(t, low, high));
        }
        long low = Math.round(base.low());
        Long high = Math.round(base.high());
        for (CompComponent c : extras) {
            low += c.low();
            high = high == null || c.high() == null ? null : high + c.high();
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

    /**
     * The offer against pay for people like the visitor, and against the role's national distribution. "Like the
     * visitor" is the estimate itself read as a distribution: its low end the 10th percentile, its middle the median,
     * its high end the 90th, with the quartiles where the role's own spread puts them.
     */
    private static OfferCheck offer(int offer, Distribution national, Figures.Survey placed, Range base) {
        double atLow = Distributions.valueAt(national, placed.low());
        double atCentre = Distributions.valueAt(national, placed.mid());
        double atHigh = Distributions.valueAt(national, placed.high());
        double lowerQuartile = share(Distributions.valueAt(national, (placed.low() + placed.mid()) / 2) - atLow, atCentre - atLow);
        double upperQuartile = share(Distributions.valueAt(national, (placed.mid() + placed.high()) / 2) - atCentre, atHigh - atCentre);
        Distribution here = new Distribution(base.low(), base.low() + (base.mid() - base.low()) * lowerQuartile, base.mid(),
                base.mid() + (base.high() - base.mid()) * upperQuartile, base.high());
        long outside = offer < base.low() ? Math.round(offer - base.low())
                : offer > base.high() ? Math.round(offer - base.high()) : 0;
        return new OfferCheck(offer, Distributions.place(here, offer), Distributions.place(national, offer), outside,
                Math.round(offer - base.mid()), base);
    }

    /** part ÷ whole, or a half where the whole is empty (a flat stretch of the distribution). */
    private static double share(double part, double whole) {
        return whole <= 0 ? 0.5 : part / whole;
    }
}
