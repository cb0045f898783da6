package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.SkillPay;
import com.salaryatlas.dataset.SurveyLanguage;
import com.salaryatlas.dataset.TotalComp;
import com.salaryatlas.estimate.Factor.Kind;
import com.salaryatlas.estimate.Factor.Reason;
import com.salaryatlas.estimate.TotalCompensation.Missing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Whole years up to this are placed once per role ({@link Prepared}); the calculator accepts 0 to 50. Any other
     * amount of years is placed when asked.
     */
    private static final int KEPT_YEARS = 60;

    private final Dataset data;
    /**
     * What the calculator offers each role, worked out on the first ask: the dataset never changes, and every result
     * page's what-ifs ask for it again.
     */
    private final Map<String, Offered> offered = new ConcurrentHashMap<>();
    /** Each role's bonus, equity and benefits rows for any employer ({@link #compRow}), chosen once for every estimate. */
    private final Map<String, Map<String, TotalComp>> compRows = new HashMap<>();
    /** What no request changes, for each role of the dataset: an estimate only looks it up ({@link Prepared}). */
    private final Map<String, Prepared> prepared = new HashMap<>();
    /** occupation → state code → its ratio with the figures a location factor carries, where the state has one. */
    private final Map<String, Map<String, Placing>> placings = new HashMap<>();
    /** grouping → slug → each measured survey group with its lift, as {@link SurveyFactors} gives them. */
    private final Map<String, Map<String, SurveyPremium>> surveyPremiums = new HashMap<>();
    /** The group of every skill id the dataset names ({@link #group}). */
    private final Map<String, String> groups = new HashMap<>();
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
        for (String grouping : List.of(SurveyFactors.ORG_SIZE, SurveyFactors.ARRANGEMENT)) {
            Map<String, SurveyPremium> measured = new HashMap<>();
            surveyFactors.groups(grouping).forEach((slug, r) -> measured.put(slug,
                    new SurveyPremium(r, new double[] {r.percent(), r.percent(), r.percent()})));
            surveyPremiums.put(grouping, measured);
        }
        Set<String> skills = new LinkedHashSet<>();
        data.skillPay().forEach(s -> skills.add(s.skill()));
        data.premiums().forEach(p -> skills.add(p.id()));
        data.surveyLanguages().forEach(l -> skills.add(l.skill()));
        for (String skill : skills) {
            groups.put(skill, computeGroup(skill));
        }
        for (com.salaryatlas.dataset.Role role : data.roles()) {
            prepared.computeIfAbsent(role.slug(), slug -> new Prepared(role, true, skills));
            placings.computeIfAbsent(role.soc(), this::computePlacings);
        }
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
        Prepared role = prepared(request.role());
        List<Factor> factors = new ArrayList<>(4 + request.skills().size());
        Level level = request.resolvedLevel();
        Rung rung = role.rung(request.years() != null ? request.years() : level.typicalYears);
        double[] band = placed(request, level, rung, factors);
        Stack stack = new Stack(request.skills().size());
        premiums(role, request, request.orgSize(), band[1], stack, factors);
        stack.multiply(stack.size(), null);
        Range base = lifted(band, stack, factors);
        Range hourly = new Range(hourly(base.low()), hourly(base.mid()), hourly(base.high()));
        TotalCompensation total = totalCompensation(role.comp(level), base);
        OfferCheck offer = request.offer() == null ? null : offer(request.offer(), role.national, rung, base);
        return new Estimate(request, role.distribution, level, base, Distributions.place(role.national, base.mid()), hourly,
                total, offer, List.copyOf(factors));
    }

    /**
     * What an estimate of one role reads that no request changes, worked out once for each role of the dataset: the
     * distribution it is placed in, the placement of each whole number of years (with its factor's figures and the
     * offer's quartiles), each skill's factor and lift, and the parts of pay beyond base at each level. A role that
     * is not the dataset's own record is worked out afresh for each request, nothing kept.
     */
    private final class Prepared {
        final com.salaryatlas.dataset.Role role;
        final RoleDistribution distribution;
        final Distribution national;
        private final Rung[] rungs;
        private final Map<String, Skill> skills = new HashMap<>();
        private final Comp[] comp = new Comp[Level.values().length];

        Prepared(com.salaryatlas.dataset.Role role, boolean kept, Set<String> skillIds) {
            this.role = role;
            this.distribution = distributions.occupationOf(role);
            this.national = distribution.distribution();
            this.rungs = new Rung[kept ? KEPT_YEARS + 1 : 0];
            for (int years = 0; years < rungs.length; years++) {
                rungs[years] = computeRung(this, years);
            }
            for (String skill : skillIds) {
                skills.put(skill, computeSkill(role.slug(), skill));
            }
            if (kept) {
                for (Level level : Level.values()) {
                    comp[level.ordinal()] = computeComp(role.slug(), level);
                }
            }
        }

        Rung rung(double years) {
            int whole = (int) years;
            return whole == years && whole >= 0 && whole < rungs.length ? rungs[whole] : computeRung(this, years);
        }

        Skill skill(String id) {
            Skill kept = skills.get(id);
            return kept != null ? kept : computeSkill(role.slug(), id);
        }

        Comp comp(Level level) {
            Comp kept = comp[level.ordinal()];
            return kept != null ? kept : computeComp(role.slug(), level);
        }
    }

    /** The dataset's own role worked out once, or any other record of a role worked out now. */
    private Prepared prepared(com.salaryatlas.dataset.Role role) {
        Prepared kept = prepared.get(role.slug());
        return kept != null && kept.role == role ? kept : new Prepared(role, false, Set.of());
    }

    /**
     * Steps 1–2 for some years: the survey placement, the band it gives in the role's distribution (low, middle,
     * high), the experience factor's dollars and percent, and the shares of the band below its quartiles that an
     * offer is placed by ({@link #offer}).
     */
    private record Rung(Figures.Survey survey, double low, double mid, double high, long change, double percent,
                        double lowerQuartile, double upperQuartile) {
    }

    private Rung computeRung(Prepared role, double years) {
        Distribution d = role.national;
        Figures.Survey placed = experience.place(role.role, years);
        double low = Distributions.valueAt(d, placed.low());
        double mid = Distributions.valueAt(d, placed.mid());
        double high = Distributions.valueAt(d, placed.high());
        long change = Math.round(mid) - Math.round(d.median());
        // "Like the visitor" is the estimate read as a distribution: its quartiles where the role's own spread puts them.
        double lowerQuartile = share(Distributions.valueAt(d, (placed.low() + placed.mid()) / 2) - low, mid - low);
        double upperQuartile = share(Distributions.valueAt(d, (placed.mid() + placed.high()) / 2) - mid, high - mid);
        return new Rung(placed, low, mid, high, change, change * 100.0 / d.median(), lowerQuartile, upperQuartile);
    }

    /**
     * Steps 1–3 of the method, adding their factors to {@code factors} (none when it is null): the band, low, middle
     * and high, before premiums. Skills, company size and work arrangement play no part, so every what-if of a
     * request shares its placement.
     */
    private double[] placed(EstimateRequest request, Level level, Rung rung, List<Factor> factors) {
        // 1–2. Experience (and a title's own survey group) set the middle and the range by quantile mapping.
        if (factors != null) {
            boolean overridden = request.years() != null && request.level() != null && request.level() != level;
            factors.add(Factor.applied(Kind.EXPERIENCE, request.years() != null ? Reason.EXPERIENCE_YEARS
                    : Reason.EXPERIENCE_LEVEL, level.slug, overridden ? request.level().slug : null, rung.change(),
                    rung.percent(), SURVEY_SOURCE, rung.survey()));
        }
        double[] band = {rung.low(), rung.mid(), rung.high()};
        // 3. Place: the occupation's own state median over its national median, same survey and period.
        //    A metro is placed by its state: its own figure names no survey we can compare like with like.
        place(request, band, factors);
        return band;
    }

    /**
     * Step 4 on a placed band (left as it is) and the premiums' combined lift ({@link Stack#multiply}), adding the
     * cap's factor when it cuts: the base range.
     */
    private Range lifted(double[] band, Stack lift, List<Factor> factors) {
        // 4. Premiums: within a group only the largest counts; together they are capped.
        double low = band[0] * lift.low;
        double mid = band[1] * lift.mid;
        double high = band[2] * lift.high;
        double cap = 1 + PREMIUM_CAP_PCT / 100;
        if (lift.high > cap) {
            double cappedLow = band[0] * Math.min(lift.low, cap);
            double cappedMid = band[1] * Math.min(lift.mid, cap);
            double cappedHigh = band[2] * cap;
            factors.add(Factor.applied(Kind.CAP, Reason.CAP, null, null, Math.round(cappedMid - mid), 0, null,
                    new Figures.Cap(PREMIUM_CAP_PCT, (lift.high - 1) * 100, low - cappedLow, mid - cappedMid,
                            high - cappedHigh)));
            low = cappedLow;
            mid = cappedMid;
            high = cappedHigh;
        }
        return new Range(Math.round(low), Math.round(mid), Math.round(high));
    }

    /** The middle {@link #lifted} gives for the same placed middle and lift, without its ends and factors. */
    private static double liftedMid(double mid, Stack lift) {
        double cap = 1 + PREMIUM_CAP_PCT / 100;
        return Math.round(lift.high > cap ? mid * Math.min(lift.mid, cap) : mid * lift.mid);
    }

    /** Where these years place a role by the survey's ranks, as the estimate's experience line reads it. */
    public Figures.Survey experienceAt(com.salaryatlas.dataset.Role role, double years) {
        return experience.place(role, years);
    }

    /** What adding one more premium would do to the middle of this estimate, largest first; one line per group. */
    public List<WhatIf> whatIfs(EstimateRequest request, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a negative number of what-ifs: " + limit);
        }
        // Each what-if is the estimate's middle with one more choice; only the premiums differ, so the band is placed
        // once, the request's own premiums stacked once, and nothing beyond the middle (total pay, the offer, hourly,
        // the factors) is worked out.
        Prepared role = prepared(request.role());
        Level level = request.resolvedLevel();
        double[] band = placed(request, level, role.rung(request.years() != null ? request.years() : level.typicalYears),
                null);
        Stack stack = new Stack(request.skills().size() + 1);
        premiums(role, request, request.orgSize(), band[1], stack, null);
        stack.multiply(stack.size(), null);
        double now = liftedMid(band[1], stack);
        Map<String, WhatIf> bestPerGroup = new LinkedHashMap<>();
        for (Offer offer : offered(role.role.slug()).offers()) {
            if (!request.skills().contains(offer.skill())) {
                // The new skill comes after the request's own: it joins the stack as the last of them would.
                Skill skill = role.skill(offer.skill());
                long change = 0;
                if (skill.lift() != null) {
                    int held = stack.indexOf(skill.group());
                    if (held < 0 || stack.lift(held)[1] < skill.lift()[1]) {
                        stack.multiply(held < 0 ? stack.size() : held, skill.lift());
                        change = Math.round(liftedMid(band[1], stack) - now);
                    }
                }
                WhatIf w = new WhatIf(Kind.SKILL, offer.name(), change);
                bestPerGroup.merge(offer.group(), w, (a, b) -> a.change() >= b.change() ? a : b);
            }
        }
        // The groups are keyed by their slugs already: no slug is worked out per estimate.
        for (Map.Entry<String, Figures.SurveyRatio> size : surveyFactors.groups(SurveyFactors.ORG_SIZE).entrySet()) {
            String slug = size.getKey();
            if (!slug.equals(request.orgSize())) {
                // A company size counts first of the premiums, so the stack is built again with it in place.
                stack.clear();
                premiums(role, request, slug, band[1], stack, null);
                stack.multiply(stack.size(), null);
                long change = Math.round(liftedMid(band[1], stack) - now);
                bestPerGroup.merge(SurveyFactors.ORG_SIZE, new WhatIf(Kind.COMPANY_SIZE, size.getValue().group(), change),
                        (x, y) -> x.change() >= y.change() ? x : y);
            }
        }
        List<WhatIf> lifting = new ArrayList<>(bestPerGroup.size());
        for (WhatIf w : bestPerGroup.values()) {
            if (w.change() > 0) {
                lifting.add(w);
            }
        }
        lifting.sort(Comparator.comparingLong(WhatIf::change).reversed());
        return List.copyOf(lifting.subList(0, Math.min(limit, lifting.size())));
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
        String kept = groups.get(skill);
        return kept != null ? kept : computeGroup(skill);
    }

    private String computeGroup(String skill) {
        if (data.surveyLanguage(skill).isPresent()) {
            return LANGUAGES;
        }
        return data.premium(skill).map(Premium::group).orElse(skill);
    }

    public static double hourly(double annual) {
        return Math.round(annual / HOURS_PER_YEAR * 100) / 100.0;
    }

    /** A state's ratio for one occupation, with the figures and the state's name its location factor carries. */
    private record Placing(Places.Ratio ratio, Figures.Ratio figures, String stateName) {
    }

    /** Every state with a ratio for the occupation, by the code {@link Places} keys it by. */
    private Map<String, Placing> computePlacings(String soc) {
        Map<String, Placing> byState = new HashMap<>();
        for (OccupationPay state : data.oews().states(soc)) {
            places.ratio(soc, state.area()).ifPresent(r -> byState.put(state.area(), new Placing(r,
                    new Figures.Ratio(r.stateMedian(), r.nationalMedian(), r.ratio()), stateName(state.area()))));
        }
        return byState;
    }

    private String stateName(String state) {
        return data.oews().area(state).map(a -> a.name()).orElse(state);
    }

    /** Applies the place's ratio to the band in place and records its factor in {@code factors} (none when null). */
    private void place(EstimateRequest request, double[] band, List<Factor> factors) {
        Location place = request.location();
        if (place.isNational()) {
            if (factors != null) {
                factors.add(Factor.notApplied(Kind.LOCATION, Reason.PLACE_NATIONAL, place.name(), null, null, Figures.NONE));
            }
            return;
        }
        if ("remote".equals(place.type())) {
            if (factors != null) {
                factors.add(Factor.notApplied(Kind.LOCATION, Reason.PLACE_REMOTE, place.name(), place.note(),
                        place.source(), Figures.NONE));
            }
            return;
        }
        Map<String, Placing> byState = placings.get(request.role().soc());
        Placing placing = byState == null ? null : byState.get(place.state());
        boolean metro = place.type().equals("metro");
        if (placing == null) {
            // Not kept: there is no ratio (or the occupation is not one of the dataset's roles' and has to be asked).
            Optional<Places.Ratio> ratio = places.ratio(request.role().soc(), place.state());
            if (ratio.isPresent()) {
                placing = new Placing(ratio.get(), new Figures.Ratio(ratio.get().stateMedian(),
                        ratio.get().nationalMedian(), ratio.get().ratio()), stateName(place.state()));
            } else {
                if (factors != null) {
                    factors.add(Factor.notApplied(Kind.LOCATION, metro ? Reason.PLACE_METRO_NO_FIGURE
                            : Reason.PLACE_NO_FIGURE, place.name(), stateName(place.state()), null, Figures.NONE));
                }
                return;
            }
        }
        Places.Ratio r = placing.ratio();
        double before = band[1];
        for (int i = 0; i < band.length; i++) {
            band[i] *= r.ratio();
        }
        if (factors != null) {
            factors.add(Factor.applied(Kind.LOCATION, metro ? Reason.PLACE_METRO : Reason.PLACE_RATIO, place.name(),
                    placing.stateName(), Math.round(band[1] - before), r.percent(), r.stateSource(), placing.figures()));
        }
    }

    /**
     * The premiums that count, one per group, in the order their groups first came: a later, larger one of a group
     * takes its place there. Small arrays, as a request counts a handful; with the factor each one's came from.
     */
    private static final class Stack {
        private String[] groups;
        private double[][] lifts;
        private int[] factors;
        private int size;
        /** The multiplier {@link #multiply} last worked out, at the low end, middle and high end. */
        private double low;
        private double mid;
        private double high;

        /** Room for the survey's two groups, an industry and {@code skills} more. */
        Stack(int skills) {
            int room = 3 + skills;
            groups = new String[room];
            lifts = new double[room][];
            factors = new int[room];
        }

        int size() {
            return size;
        }

        int indexOf(String group) {
            for (int i = 0; i < size; i++) {
                if (groups[i].equals(group)) {
                    return i;
                }
            }
            return -1;
        }

        /** The low, mid and high lift in percent of the premium counted at {@code i}. */
        double[] lift(int i) {
            return lifts[i];
        }

        /** The index in an estimate's factors of the premium counted at {@code i}. */
        int factor(int i) {
            return factors[i];
        }

        void put(String group, double[] lift, int factor) {
            int i = indexOf(group);
            if (i < 0) {
                if (size == groups.length) {
                    groups = Arrays.copyOf(groups, size * 2 + 1);
                    lifts = Arrays.copyOf(lifts, size * 2 + 1);
                    factors = Arrays.copyOf(factors, size * 2 + 1);
                }
                i = size++;
                groups[i] = group;
            }
            lifts[i] = lift;
            factors[i] = factor;
        }

        void clear() {
            size = 0;
        }

        /**
         * Works out the combined multiplier ({@link #low}, {@link #mid}, {@link #high}), group by group in order; with
         * {@code other} in place of the premium at {@code at}, or after them all when {@code at} is the size (null:
         * nothing more).
         */
        void multiply(int at, double[] other) {
            double l = 1;
            double m = 1;
            double h = 1;
            for (int g = 0; g < size; g++) {
                double[] pct = g == at ? other : lifts[g];
                l *= 1 + pct[0] / 100;
                m *= 1 + pct[1] / 100;
                h *= 1 + pct[2] / 100;
            }
            if (at == size && other != null) {
                l *= 1 + other[0] / 100;
                m *= 1 + other[1] / 100;
                h *= 1 + other[2] / 100;
            }
            low = l;
            mid = m;
            high = h;
        }
    }

    /**
     * Stacks every chosen premium and survey group of a request, one per group, with {@code orgSize} for its company
     * size, and adds their factors to {@code factors} (none when it is null: a what-if needs only the lift).
     */
    private void premiums(Prepared role, EstimateRequest request, String orgSize, double midBefore, Stack stack,
                          List<Factor> factors) {
        // Company size and work arrangement, measured by the survey, each count as their own group.
        surveyFactor(Kind.COMPANY_SIZE, SurveyFactors.ORG_SIZE, orgSize, midBefore, stack, factors);
        surveyFactor(Kind.ARRANGEMENT, SurveyFactors.ARRANGEMENT, request.arrangement(), midBefore, stack, factors);
        if (request.industry() != null) {
            Optional<Places.Ratio> ratio = places.industryRatio(request.industry());
            if (ratio.isPresent()) {
                Places.Ratio r = ratio.get();
                double pct = r.percent();
                stack.put("company", new double[] {pct, pct, pct}, factors == null ? -1 : factors.size());
                if (factors != null) {
                    factors.add(Factor.applied(Kind.COMPANY, Reason.INDUSTRY_RATIO, request.industry().industryName(),
                            null, Math.round(midBefore * pct / 100), pct, r.stateSource(),
                            new Figures.Ratio(r.stateMedian(), r.nationalMedian(), r.ratio())));
                }
            } else if (factors != null) {
                factors.add(Factor.notApplied(Kind.COMPANY, Reason.INDUSTRY_NO_FIGURE, request.industry().industryName(),
                        null, request.industry().source(), Figures.NONE));
            }
        }
        for (String id : request.skills()) {
            Skill skill = role.skill(id);
            Factor f = factors == null ? null : skill.at(midBefore);
            double[] pct = skill.lift();
            if (pct == null) {
                if (factors != null) {
                    factors.add(f);
                }
                continue;
            }
            int held = stack.indexOf(skill.group());
            if (held >= 0 && stack.lift(held)[1] >= pct[1]) {
                if (factors != null) {
                    factors.add(f.countedInsteadOf(factors.get(stack.factor(held)).subject()));
                }
                continue;
            }
            if (held >= 0 && factors != null) {
                int earlier = stack.factor(held);
                factors.set(earlier, factors.get(earlier).countedInsteadOf(f.subject()));
            }
            stack.put(skill.group(), pct, factors == null ? -1 : factors.size());
            if (factors != null) {
                factors.add(f);
            }
        }
    }

    /** A survey group's ratio and the lift it stacks, its percent at the low end, middle and high end alike. */
    private record SurveyPremium(Figures.SurveyRatio ratio, double[] lift) {
    }

    /** Stacks a survey group's ratio as a group of its own and records its factor, when the visitor chose one. */
    private void surveyFactor(Kind kind, String grouping, String slug, double midBefore, Stack stack,
                              List<Factor> factors) {
        if (slug == null) {
            return;
        }
        Map<String, SurveyPremium> measured = surveyPremiums.get(grouping);
        SurveyPremium premium = measured == null ? null : measured.get(slug);
        if (premium == null) {
            throw new IllegalArgumentException("no survey group '" + slug + "' in " + grouping);
        }
        Figures.SurveyRatio r = premium.ratio();
        double pct = r.percent();
        stack.put(grouping, premium.lift(), factors == null ? -1 : factors.size());
        if (factors != null) {
            factors.add(Factor.applied(kind, Reason.SURVEY_RATIO, r.group(), null, Math.round(midBefore * pct / 100), pct,
                    SURVEY_SOURCE, r));
        }
    }

    /**
     * One skill as the method reads it for one role: its factor ({@link #at} gives an applied one's dollars for a
     * middle), the group it counts in, and its low, middle and high lift in percent; the lift is null for a skill that
     * does not stack (not applied, or not a premium).
     */
    private record Skill(Factor factor, String group, double[] lift) {

        /** The factor on a middle of {@code midBefore}: an applied premium moves it by its percent of it. */
        Factor at(double midBefore) {
            Factor f = factor;
            return !f.applied() ? f : new Factor(f.kind(), f.reason(), f.subject(), f.note(),
                    Math.round(midBefore * f.percent() / 100), f.percent(), f.source(), true, f.figures(), f.beyondBase());
        }
    }

    private Skill computeSkill(String role, String id) {
        Factor f = premiumFactor(role, id, Kind.SKILL, 0);
        Range lift = f.lift();
        return new Skill(f, group(id), f.applied() && lift != null ? new double[] {lift.low(), lift.mid(), lift.high()}
                : null);
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

    /** The rows of a role's parts of pay beyond base that apply at a level, and the parts missing there. */
    private record Comp(List<TotalComp> rows, List<Missing> missing) {
    }

    private Comp computeComp(String role, Level level) {
        List<TotalComp> applying = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        // No employer type is asked any more: only rows for any employer apply (company "*").
        Map<String, TotalComp> rows = compRows.get(role);
        for (String component : COMP_COMPONENTS) {
            Optional<TotalComp> row = rows != null ? Optional.ofNullable(rows.get(component))
                    : compRow(role, null, component);
            if (row.isEmpty()) {
                missing.add(new Missing(component, "none", null));
                continue;
            }
            TotalComp t = row.get();
            if (!t.appliesAt(level)) {
                missing.add(new Missing(component, "level", t.source()));
                continue;
            }
            applying.add(t);
        }
        return new Comp(List.copyOf(applying), List.copyOf(missing));
    }

    private static TotalCompensation totalCompensation(Comp comp, Range base) {
        CompComponent[] extras = new CompComponent[comp.rows().size()];
        long low = Math.round(base.low());
        long high = Math.round(base.high());
        boolean openEnded = false;
        for (int i = 0; i < extras.length; i++) {
            TotalComp t = comp.rows().get(i);
            boolean share = t.unit().equals("pct_of_base");
            long partLow = Math.round(share ? base.low() * t.low() / 100 : t.low());
            low += partLow;
            if (t.high() == null) {
                openEnded = true;
                extras[i] = new CompComponent(t, partLow, null);
            } else {
                long partHigh = Math.round(share ? base.high() * t.high() / 100 : t.high());
                high += partHigh;
                extras[i] = new CompComponent(t, partLow, partHigh);
            }
        }
        return new TotalCompensation(base, List.of(extras), comp.missing(), low, openEnded ? null : high);
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
    private static OfferCheck offer(int offer, Distribution national, Rung placed, Range base) {
        double lowerQuartile = placed.lowerQuartile();
        double upperQuartile = placed.upperQuartile();
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
