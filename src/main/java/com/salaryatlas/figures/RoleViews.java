package com.salaryatlas.figures;

import com.salaryatlas.estimate.Comparisons;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.TotalComp;
import com.salaryatlas.dataset.SkillPay;
import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.dataset.SkillDemand;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Source;
import com.salaryatlas.estimate.CompComponent;
import com.salaryatlas.estimate.Difference;
import com.salaryatlas.estimate.EstimateRequest;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.Factor;
import com.salaryatlas.estimate.Figures;
import com.salaryatlas.estimate.LanguageLifts;
import com.salaryatlas.estimate.Factor.Reason;
import com.salaryatlas.explain.Format;
import com.salaryatlas.estimate.Range;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.web.Chart;
import com.salaryatlas.web.Chart.Series;
import com.salaryatlas.web.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables and charts that role pages and articles share, built from the dataset through the estimation
 * service. Formatting happens here; arithmetic stays in the service.
 */
public final class RoleViews {

    private final Dataset data;
    private final Distributions distributions;
    private final EstimationService estimates;
    private final Comparisons comparisons;
    private final Explanations explain;
    private final Map<String, Source> sources;

    public RoleViews(Dataset data, Distributions distributions, EstimationService estimates, Comparisons comparisons,
                     Explanations explain) {
        this.data = data;
        this.distributions = distributions;
        this.estimates = estimates;
        this.comparisons = comparisons;
        this.explain = explain;
        this.sources = data.sourcesById();
    }

    public String title(String role) {
        return data.role(role).orElseThrow().title();
    }

    public String cite(String sourceId) {
        Source s = sources.get(sourceId);
        return s.citation();
    }

    /** How a role's distribution was obtained, in words. */
    public String basis(RoleDistribution rd) {
        return explain.basis(rd);
    }

    public Source source(String id) {
        return sources.get(id);
    }

    /** A row of the role index and of the home page's role list. */
    public record RoleSummary(Role role, String median, String middleHalf, String source, List<String> aliases) {
        /**
         * What the role finder matches a query against, here and in the page's script: title, BLS code and the other
         * names people use for the role.
         */
        public String search() {
            return (role.title() + " " + role.soc() + (aliases.isEmpty() ? "" : " " + String.join(" ", aliases)))
                    .toLowerCase(Locale.ROOT);
        }

        /** Whether every word of the query appears in the role's title or code; a blank query matches every role. */
        public boolean matches(String query) {
            String text = search();
            return Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
                    .allMatch(word -> word.isEmpty() || text.contains(word));
        }
    }

    /** One role's headline figures: the median and middle half its estimates use, and their source. */
    public RoleSummary summary(Role role) {
        RoleDistribution rd = distributions.of(role);
        return new RoleSummary(role, Format.money(rd.distribution().median()),
                Format.range(rd.distribution().p25(), rd.distribution().p75()), distributionSource(rd),
                data.aliasesOf(role.slug()));
    }

    /**
     * Where a role's distribution comes from, in a few words: its own publisher, or for a title placed in its
     * occupation's pay, the developer survey and the BLS release it is placed in (or that release alone, taken whole).
     */
    public String distributionSource(RoleDistribution rd) {
        if (!rd.placed()) {
            return cite(rd.source());
        }
        String bls = cite(rd.placement().occupation().source());
        return rd.measured() ? "Stack Overflow Developer Survey 2023–2024, placed in " + bls
                : bls + ", its occupation's figures";
    }

    /** " (at or above)" or " (at or below)" where a measured point is held at BLS's 90th or 10th; else nothing. */
    public static String held(RoleDistribution rd, int point) {
        int held = rd.held(point);
        return held > 0 ? " (at or above)" : held < 0 ? " (at or below)" : "";
    }

    /** Every role, best-paid first. */
    public List<RoleSummary> summaries() {
        return distributions.ranking().stream().map(rd -> summary(rd.role())).toList();
    }

    /**
     * The role finder's state: the query (blank for none), every role, those that match, the sentence the page
     * announces (finder.js writes the same sentences as the visitor types) and a few roles to suggest on no match.
     */
    public record Finder(String query, List<RoleSummary> all, List<RoleSummary> matches, String status,
                         List<Role> suggestions) {
        public boolean matchesNone() {
            return matches.isEmpty();
        }
    }

    public static final int FINDER_MAX_QUERY = 80;
    private static final int SUGGESTIONS = 6;

    public Finder finder(String query) {
        String q = query == null ? "" : query.strip();
        q = q.length() > FINDER_MAX_QUERY ? q.substring(0, FINDER_MAX_QUERY) : q;
        List<RoleSummary> all = summaries();
        String needle = q;
        List<RoleSummary> matches = all.stream().filter(s -> s.matches(needle)).toList();
        String status = q.isEmpty() ? "All " + all.size() + " roles."
                : matches.isEmpty() ? "No role matches \u201c" + q + "\u201d."
                : matches.size() == 1 ? "1 role matches \u201c" + q + "\u201d."
                : matches.size() + " roles match \u201c" + q + "\u201d.";
        return new Finder(q, all, matches, status, data.roles().stream().limit(SUGGESTIONS).toList());
    }

    /** Both medians, who pays more and by how much: the quick-comparison box. */
    public record QuickCompare(String roleA, String medianA, String roleB, String medianB, String higher,
                               String gap, String gapPercent, String basisA, String basisB) {
    }

    public QuickCompare quickCompare(Role a, Role b) {
        Difference d = comparisons.roles(a, b);
        RoleDistribution da = distributions.of(a);
        RoleDistribution db = distributions.of(b);
        return new QuickCompare(a.title(), Format.money(da.distribution().median()), b.title(),
                Format.money(db.distribution().median()), title(d.higher()), Format.money(d.amount()),
                Format.percent(d.percent()), da.source(), db.source());
    }

    public Table percentiles(Role role) {
        RoleDistribution rd = distributions.of(role);
        List<List<String>> rows = new ArrayList<>();
        String[] names = {"10th percentile", "25th percentile", "Median (50th)", "75th percentile", "90th percentile"};
        double[] values = rd.distribution().values();
        for (int i = 0; i < values.length; i++) {
            rows.add(List.of(names[i], Format.money(values[i]) + held(rd, i), Format.cents(EstimationService.hourly(values[i]))));
        }
        return new Table("National base pay for " + role.title() + "s, by percentile", List.of("Percentile", "Annual",
                "Hourly"), rows, explain.basis(rd) + " Hourly = annual ÷ "
                + Format.count(Math.round(EstimationService.HOURS_PER_YEAR)) + " hours.");
    }

    public Chart distributionChart(String id, Role role) {
        RoleDistribution rd = distributions.of(role);
        double[] values = rd.distribution().values();
        List<Double> series = new ArrayList<>();
        for (double v : values) {
            series.add((double) Math.round(v));
        }
        Table t = percentiles(role);
        return new Chart(id, "bar", "National base pay by percentile: " + role.title(),
                "Half of " + role.title().toLowerCase() + "s earn less than " + Format.money(values[2])
                        + "; the middle half earn " + Format.range(values[1], values[3]) + ".",
                "money", List.of("10th", "25th", "50th", "75th", "90th"), List.of(Series.of(role.title(), series)),
                t.head(), t.rows());
    }

    public Table levels(List<Role> roles) {
        List<String> head = new ArrayList<>(List.of("Level"));
        roles.forEach(r -> head.add(r.title()));
        List<List<String>> rows = new ArrayList<>();
        for (Level level : Level.values()) {
            if (roles.stream().noneMatch(r -> r.covers(level))) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(level.label + " (" + level.years() + ")"));
            for (Role role : roles) {
                if (!role.covers(level)) {
                    row.add("not covered by its source");
                    continue;
                }
                Range r = estimates.estimate(EstimateRequest.of(role, level, data.national())).base();
                row.add(Format.range(r.low(), r.high()));
            }
            rows.add(row);
        }
        return new Table("National base pay by experience", head, rows,
                "Each level stands for its typical years (entry 1, mid 4, senior 8, staff 14). Each range runs from "
                        + "the 25th to the 75th percentile of developers with those years in the Stack Overflow survey, "
                        + "placed at the same percentiles of BLS pay, so neighbouring levels overlap. See the methodology.");
    }

    public Chart levelChart(String id, List<Role> roles) {
        List<Series> series = new ArrayList<>();
        for (Role role : roles) {
            List<Double> mids = new ArrayList<>();
            for (Level level : Level.values()) {
                mids.add((double) Math.round(estimates.estimate(EstimateRequest.of(role, level, data.national())).base().mid()));
            }
            series.add(Series.of(role.title(), mids));
        }
        List<String> head = new ArrayList<>(List.of("Level"));
        roles.forEach(r -> head.add(r.title()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Level.values().length; i++) {
            List<String> row = new ArrayList<>(List.of(Level.values()[i].label));
            for (Series s : series) {
                row.add(Format.money(s.values().get(i)));
            }
            rows.add(row);
        }
        String summary = roles.size() == 2
                ? "At every level the chart compares the middle of each role's national range; "
                + title(comparisons.roles(roles.get(0), roles.get(1)).higher()) + " is higher at the median."
                : "Pay rises with each experience level.";
        return new Chart(id, "bar", "Middle of the national range by experience level", summary, "money",
                java.util.Arrays.stream(Level.values()).map(l -> l.label).toList(), series, head, rows);
    }

    /**
     * Skills, certifications, specializations and company types with a figure for this role. A language the survey
     * measures shows its survey lifts beside the postings or quoted range, and the effect says which one applies.
     */
    public Table premiums(Role of) {
        String role = of.slug();
        List<List<String>> rows = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (SkillPay s : data.skillPayFor(role)) {
            Factor applied = estimates.skillFactor(role, s.skill());
            String effect;
            if (applied.reason() == Reason.SKILL_SURVEY) {
                effect = surveyEffect(applied) + "; the postings are shown, not applied";
            } else {
                String measured = Format.signedPercent(applied.figures(Figures.Postings.class).measured());
                effect = applied.reason() == Reason.SKILL_POSTINGS
                        ? Format.signedPercent(applied.percent()) + " (measured " + measured + ", shrunk for its sample)"
                        : "not applied: measured " + measured + " with no sample size";
            }
            rows.add(List.of(s.name() + " (skill in postings)", Format.money(s.median())
                    + (s.n() == null ? "" : " (n=" + Format.count(s.n()) + ")"), effect, survey(role, s.skill()),
                    citeWithSurvey(s.source(), applied)));
            listed.add(s.skill());
        }
        for (Premium p : data.premiums()) {
            if (p.appliesTo(role) && !listed.contains(p.id())) {
                Factor applied = p.isCompany() ? null : estimates.skillFactor(role, p.id());
                String effect = applied != null && applied.reason() == Reason.SKILL_SURVEY
                        ? surveyEffect(applied) + "; the quoted " + Explanations.premiumText(p) + " is not applied"
                        : p.hasFigure() ? Explanations.premiumText(p) : "no figure published";
                rows.add(List.of(p.name() + " (" + p.kind() + ")", "—", effect, survey(role, p.id()),
                        citeWithSurvey(p.source(), applied)));
                listed.add(p.id());
            }
        }
        for (LanguageLifts.Lift l : estimates.languages().offered(role)) {
            if (!listed.contains(l.language().skill())) {
                Factor applied = estimates.skillFactor(role, l.language().skill());
                rows.add(List.of(l.language().language() + " (language)", "—", surveyEffect(applied),
                        survey(role, l.language().skill()), cite(applied.source())));
            }
        }
        return new Table("What moves " + title(role) + " pay", List.of("Factor", "Posted median", "Effect on base",
                "Developer survey", "Source"), rows, "The calculator applies these effects to base pay: one per group "
                + "(languages, or one certification family, count once), all together capped at +"
                + Format.percent(EstimationService.PREMIUM_CAP_PCT) + ". A language the Stack Overflow survey measures "
                + "takes the survey's lift, shrunk for its answers; postings and quoted ranges for it are shown beside.")
                .withTextColumns(2, 3, 4);
    }

    /** The lift a survey-measured language applies, as the table states it. */
    private static String surveyEffect(Factor applied) {
        Figures.Language l = applied.figures(Figures.Language.class);
        return Format.signedPercent(applied.percent()) + " from the " + l.applied().year() + " survey (measured "
                + Format.signedPercent(l.applied().percent()) + ", shrunk for its answers)";
    }

    /** A skill's survey lifts, 2025's (years coding) then 2023's (professional years), or a dash where none applies. */
    private String survey(String role, String skill) {
        return estimates.languages().measured(role, skill).map(l -> l.professional() == null
                ? Explanations.surveyLift(l.coding())
                : Explanations.surveyLift(l.coding()) + "; " + Explanations.surveyLift(l.professional())).orElse("—");
    }

    /** The row's own source, and the survey's where the survey's lift is the one applied. */
    private String citeWithSurvey(String source, Factor applied) {
        return applied != null && applied.reason() == Reason.SKILL_SURVEY && !applied.source().equals(source)
                ? cite(source) + "; " + cite(applied.source()) : cite(source);
    }

    /**
     * Every language the calculator offers (survey_languages.csv), with its lift in the 2025 survey (bands of years
     * coding) and the 2023 survey (bands of professional years), each with its n, and the lift the calculator applies.
     */
    public Table languages() {
        List<List<String>> rows = new ArrayList<>();
        for (LanguageLifts.Lift l : estimates.languages().all()) {
            rows.add(List.of(l.language().language(),
                    l.coding() == null ? "too few answers" : Format.signedPercent(l.coding().percent()),
                    l.coding() == null ? "—" : Format.count(l.coding().n()),
                    l.professional() == null ? "too few answers" : Format.signedPercent(l.professional().percent()),
                    l.professional() == null ? "—" : Format.count(l.professional().n()),
                    l.measured() ? Format.signedPercent(l.applied()) : "none from the survey: too few answers"));
        }
        return new Table("Languages the calculator offers, as the Stack Overflow survey measures them",
                List.of("Language", "2025 lift (years coding)", "2025 n", "2023 lift (professional years)", "2023 n",
                        "Applied"), rows, "Each lift is the language's median total pay over all developers' with "
                + "the same years, band by band, combined weighted by its answers. The calculator applies 2025's, "
                + "shrunk by n \u00f7 (n + " + EstimationService.SHRINK + ").").withTextColumns();
    }

    public Table totalComp(Role of) {
        String role = of.slug();
        List<List<String>> rows = new ArrayList<>();
        for (TotalComp t : data.totalComp()) {
            if (t.role().equals("*") || t.role().equals(role)) {
                String who = (t.role().equals("*") ? "Any role" : title(t.role())) + ", "
                        + (t.company().equals("*") ? "any employer" : data.premium(t.company()).map(Premium::name).orElse(t.company()).toLowerCase());
                rows.add(List.of(capitalise(t.component()), who, Explanations.describe(t), cite(t.source())));
            }
        }
        return new Table("Pay beyond base salary", List.of("Part", "Applies to", "Typical size", "Source"), rows,
                "Shown apart from base pay and never added into the salary figures above.").withTextColumns(1, 2, 3);
    }

    /** Every source's figure for a role side by side, the primary first. */
    public Table figures(Role of) {
        String role = of.slug();
        List<List<String>> rows = new ArrayList<>();
        List<RoleFigure> figures = new ArrayList<>(data.figuresFor(role));
        figures.sort((x, y) -> Boolean.compare(y.primary(), x.primary()));
        for (RoleFigure f : figures) {
            Source s = sources.get(f.source());
            String scope = (f.level() == null ? "all levels" : f.level() + " level") + ", "
                    + (f.location() == null ? "national" : data.location(f.location()).map(Location::name).orElse(f.location()));
            // A title's occupation row is BLS's spread for the whole occupation: the column names it as that
            // occupation's so it is not read as the title's own.
            String what = !of.isOccupation() && data.oews().isSource(f.source())
                    ? f.kind() + " of " + explain.occupationName(of.soc()) + ", " + scope
                    : f.kind() + " (" + scope + ")";
            rows.add(List.of(s.publisher(), s.referencePeriod(), what, Explanations.figureText(f),
                    f.n() == null ? "not stated" : Format.count(f.n()),
                    (f.primary() ? "Primary: " : "") + (f.note() == null ? "" : f.note())));
        }
        return new Table("Every published figure for " + title(role), List.of("Source", "Period", "Figure",
                "Amount", "Sample", "Notes"), rows, distributions.of(of).placed()
                ? "The national distribution above is measured by the developer survey in BLS pay, not built from any "
                + "of these; each stands beside it as another source, so you can see where they agree and where not."
                : "Estimates use the primary figure only; the others are shown so you can see where sources disagree.").withTextColumns(1, 2, 5);
    }


    /** Share of postings naming each skill, for both roles; a dash where a role's data does not list the skill. */
    public Chart skillShareChart(String id, Role roleA, Role roleB) {
        String a = roleA.slug();
        String b = roleB.slug();
        Map<String, String> names = new LinkedHashMap<>();
        data.skillDemandFor(a).forEach(s -> names.put(s.skill(), s.name()));
        data.skillDemandFor(b).forEach(s -> names.putIfAbsent(s.skill(), s.name()));
        List<String> labels = new ArrayList<>(names.values());
        List<Double> va = new ArrayList<>();
        List<Double> vb = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String skill : names.keySet()) {
            Double sa = share(a, skill);
            Double sb = share(b, skill);
            va.add(sa);
            vb.add(sb);
            rows.add(List.of(names.get(skill), sa == null ? "—" : Format.percent(sa), sb == null ? "—" : Format.percent(sb)));
        }
        return new Chart(id, "hbar", "Share of postings naming each skill",
                "Each bar is the share of a role's postings that ask for the skill; a dash means the data set does not report that skill for the role.",
                "percent", labels, List.of(Series.of(title(a), va), Series.of(title(b), vb)),
                List.of("Skill", title(a), title(b)), rows);
    }

    public boolean hasSkillData(Role of) {
        String role = of.slug();
        return !data.skillDemandFor(role).isEmpty();
    }

    public boolean hasSkillPay(Role of) {
        String role = of.slug();
        return !data.skillPayFor(role).isEmpty();
    }

    public Chart skillPayChart(String id, Role roleA, Role roleB) {
        String a = roleA.slug();
        String b = roleB.slug();
        Map<String, String> names = new LinkedHashMap<>();
        data.skillPayFor(a).forEach(s -> names.put(s.skill(), s.name()));
        data.skillPayFor(b).forEach(s -> names.putIfAbsent(s.skill(), s.name()));
        List<Double> va = new ArrayList<>();
        List<Double> vb = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String skill : names.keySet()) {
            Double pa = data.skillPay(a, skill).map(s -> (double) s.median()).orElse(null);
            Double pb = data.skillPay(b, skill).map(s -> (double) s.median()).orElse(null);
            va.add(pa);
            vb.add(pb);
            rows.add(List.of(names.get(skill), pa == null ? "—" : Format.money(pa), pb == null ? "—" : Format.money(pb)));
        }
        return new Chart(id, "hbar", "Median posted base pay for postings naming a skill",
                "Postings that name specialist skills advertise more than each role's overall posted median.",
                "money", new ArrayList<>(names.values()), List.of(Series.of(title(a), va), Series.of(title(b), vb)),
                List.of("Skill", title(a), title(b)), rows);
    }

    public Table ranking(List<Role> roles) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (RoleDistribution rd : distributions.ranking()) {
            if (roles.contains(rd.role())) {
                Distribution d = rd.distribution();
                rows.add(List.of(rank++ + ". " + rd.role().title(), Format.money(d.median()), Format.range(d.p25(), d.p75()),
                        rd.held(0) == 0 && rd.held(4) == 0 ? Format.range(d.p10(), d.p90())
                                : Format.money(d.p10()) + held(rd, 0) + " to " + Format.money(d.p90()) + held(rd, 4),
                        distributionSource(rd)));
            }
        }
        return new Table("Roles ranked by median base pay", List.of("Role", "Median", "Middle half (25th–75th)",
                "10th–90th percentile", "Source"), rows, "Where a job title's own source gives only a median or a low–high range, "
                + "its percentiles here are measured instead: the developer survey ranks that title's pay among its "
                + "occupation's respondents, and BLS's pay at those ranks is shown. Its role page sets out the ranks. "
                + "BLS publishes nothing beyond its 10th and 90th percentiles, so a rank past either end shows that end, "
                + "marked at or below, or at or above.")
                .withTextColumns(4);
    }

    public Chart rankingChart(String id, List<Role> roles) {
        List<String> labels = new ArrayList<>();
        List<Double> lows = new ArrayList<>();
        List<Double> highs = new ArrayList<>();
        for (RoleDistribution rd : distributions.ranking()) {
            if (roles.contains(rd.role())) {
                labels.add(rd.role().title());
                lows.add((double) Math.round(rd.distribution().p25()));
                highs.add((double) Math.round(rd.distribution().p75()));
            }
        }
        Table t = ranking(roles);
        return new Chart(id, "range", "Middle half of base pay, best-paid role first",
                labels.get(0) + " has the highest median of the roles ranked here; each bar runs from the 25th to the 75th percentile.",
                "money", labels, List.of(new Series("25th to 75th percentile", highs, lows)), t.head(), t.rows());
    }

    private Double share(String role, String skill) {
        return data.skillDemandFor(role).stream().filter(s -> s.skill().equals(skill)).findFirst()
                .map(SkillDemand::sharePct).orElse(null);
    }


    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase() + s.substring(1);
    }
}
