package com.salaryatlas.dataset;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.MarketStat;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.SkillDemand;
import com.salaryatlas.dataset.SkillPay;
import com.salaryatlas.dataset.Source;
import com.salaryatlas.dataset.TotalComp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;

/** Reads content/data/*.csv into a {@link Dataset}, refusing anything inconsistent with file:line and the reason. */
public final class DatasetReader {

    private final Path folder;

    public DatasetReader(Path folder) {
        this.folder = folder;
    }

    public Dataset read() {
        List<Source> sources = new ArrayList<>(rows("sources.csv", DatasetReader::source));
        List<Source> oewsSources = rows("oews_sources.csv", DatasetReader::source);
        sources.addAll(oewsSources);
        Set<String> sourceIds = unique("sources.csv and oews_sources.csv", sources, Source::id);
        Set<String> oewsIds = new HashSet<>();
        oewsSources.forEach(s -> oewsIds.add(s.id()));

        Map<String, Source> byId = new HashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        Oews oews = new Oews(byId, rows("oews_national.csv", r -> pay(r, oewsIds)),
                rows("oews_states.csv", r -> pay(r, oewsIds)), rows("oews_industries.csv", r -> pay(r, oewsIds)));

        List<Role> roles = rows("roles.csv", r -> role(r, oews));
        Set<String> roleSlugs = unique("roles.csv", roles, Role::slug);

        List<Location> locations = rows("locations.csv", r -> location(r, sourceIds));
        Set<String> locationSlugs = unique("locations.csv", locations, Location::slug);
        if (locations.stream().filter(Location::isNational).count() != 1) {
            throw new DatasetException("locations.csv: exactly one row must have type national");
        }

        Map<String, Role> rolesBySlug = new HashMap<>();
        roles.forEach(r -> rolesBySlug.put(r.slug(), r));
        List<RoleFigure> figures = new ArrayList<>();
        for (Role role : roles) {
            if (role.isOccupation()) {
                figures.add(occupationFigure(role.slug() + "-oews", role, oews, "BLS publishes this occupation; "
                        + "its own national percentiles from the latest official release", true));
            }
        }
        figures.addAll(rows("role_figures.csv", r -> figure(r, rolesBySlug, sourceIds, locationSlugs, oews)));
        unique("role_figures.csv", figures, RoleFigure::id);
        for (Role role : roles) {
            long primaries = figures.stream().filter(f -> f.role().equals(role.slug()) && f.primary()).count();
            if (primaries != 1) {
                throw new DatasetException("role_figures.csv: role '" + role.slug() + "' has " + primaries
                        + " primary rows; it needs exactly one");
            }
        }

        List<Premium> premiums = rows("premiums.csv", r -> premium(r, roleSlugs, sourceIds));
        unique("premiums.csv", premiums, Premium::id);

        List<SkillPay> skillPay = rows("skill_pay.csv", r -> new SkillPay(known(r, "role", roleSlugs),
                slug(r, "skill"), r.required("name"), positive(r, "median"), r.integer("n"), known(r, "source", sourceIds)));
        unique("skill_pay.csv", skillPay, s -> s.role() + "/" + s.skill());

        List<SkillDemand> skillDemand = rows("skill_demand.csv", r -> new SkillDemand(known(r, "role", roleSlugs),
                slug(r, "skill"), r.required("name"), percent(r, "share_pct"), known(r, "source", sourceIds)));
        unique("skill_demand.csv", skillDemand, s -> s.role() + "/" + s.skill());

        List<MarketStat> stats = rows("market_stats.csv", r -> new MarketStat(
                r.text("role") == null ? null : known(r, "role", roleSlugs), slug(r, "metric"),
                required(r.decimal("value"), r, "value"), r.oneOf("unit", "count", "pct", "usd"), r.integer("n"),
                known(r, "source", sourceIds), r.text("note")));
        unique("market_stats.csv", stats, s -> s.role() + "/" + s.metric());

        Set<String> companies = new HashSet<>();
        premiums.stream().filter(p -> p.kind().equals("company")).forEach(p -> companies.add(p.id()));
        List<TotalComp> totalComp = rows("total_comp.csv", r -> totalComp(r, roleSlugs, companies, sourceIds));

        // Price levels join wages by area code, so each parity's area must be one the OEWS files use (or US).
        Set<String> areas = new HashSet<>(Set.of("US"));
        oews.areas().forEach(a -> areas.add(a.code()));
        List<PriceParity> parities = rows("price_parities.csv", r -> new PriceParity(known(r, "area", areas),
                r.required("area_name"), year(r), positiveDecimal(r, "rpp"), known(r, "source", sourceIds)));
        unique("price_parities.csv", parities, p -> p.area() + " " + p.year());
        List<Cpi> cpi = rows("cpi_may.csv", r -> new Cpi(year(r), positiveDecimal(r, "cpi_u"),
                known(r, "source", sourceIds)));
        unique("cpi_may.csv", cpi, c -> Integer.toString(c.year()));

        List<Projection> projections = projections(sourceIds);

        List<SurveyPay> surveyPay = rows("survey_pay.csv", DatasetReader::surveyPay);
        unique("survey_pay.csv", surveyPay, c -> String.join("/", c.surveyYear(), c.grouping(), c.group(),
                String.valueOf(c.yearsFrom()), String.valueOf(c.yearsTo())));
        Set<String> devtypes = new HashSet<>(Set.of(SurveyGroup.ALL));
        surveyPay.stream().filter(c -> c.grouping().equals("devtype")).forEach(c -> devtypes.add(c.group()));
        List<SurveyGroup> surveyGroups = rows("survey_groups.csv", r -> new SurveyGroup(known(r, "role", roleSlugs),
                known(r, "devtype", devtypes), r.text("note")));
        unique("survey_groups.csv", surveyGroups, SurveyGroup::role);

        // The calculator applies 2025's language cells, so a language must be a label that year uses.
        Set<String> languages = new HashSet<>();
        surveyPay.stream().filter(c -> c.surveyYear().equals(SurveyLanguage.APPLIED_YEAR)
                && c.grouping().equals(SurveyLanguage.GROUPING)).forEach(c -> languages.add(c.group()));
        List<SurveyLanguage> surveyLanguages = rows("survey_languages.csv", r -> new SurveyLanguage(slug(r, "skill"),
                known(r, "language", languages), roleList(r, roleSlugs)));
        unique("survey_languages.csv", surveyLanguages, SurveyLanguage::skill);

        List<SurveyRank> surveyRanks = rows("survey_ranks.csv", DatasetReader::surveyRank);
        unique("survey_ranks.csv", surveyRanks, c -> String.join("/", c.soc(), c.devtype(), String.valueOf(c.yearsFrom()),
                String.valueOf(c.yearsTo())));

        List<RoleAlias> aliases = rows("role_aliases.csv", r -> new RoleAlias(alias(r), known(r, "role", roleSlugs),
                r.text("note")));
        unique("role_aliases.csv", aliases, RoleAlias::alias);

        return new Dataset(sources, roles, figures, locations, premiums, skillPay, skillDemand, stats, totalComp, oews,
                new Prices(parities, cpi), surveyPay, surveyGroups, surveyLanguages, surveyRanks, aliases, projections);
    }

    /**
     * BLS's occupational projections (projections.csv, written by import-ep): one decade for every row, and the
     * all-occupations total among them, which every page prints beside an occupation's figures.
     */
    private List<Projection> projections(Set<String> sourceIds) {
        List<Projection> projections = rows("projections.csv", r -> {
            String soc = r.required("soc");
            if (!soc.matches("\\d{2}-\\d{4}")) {
                throw r.error("'soc' is '" + soc + "', not an occupation code like 15-1252");
            }
            int from = year(r, "year_from");
            int to = year(r, "year_to");
            if (to <= from) {
                throw r.error("'year_to' " + to + " is not after 'year_from' " + from);
            }
            Double selfEmployed = r.decimal("self_employed_pct");
            if (selfEmployed != null && (selfEmployed < 0 || selfEmployed > 100)) {
                throw r.error("'self_employed_pct' must be a percentage from 0 to 100");
            }
            return new Projection(soc, r.required("title"), from, to, nonNegative(r, "employment_from"),
                    nonNegative(r, "employment_to"), required(r.decimal("change"), r, "change"),
                    required(r.decimal("change_pct"), r, "change_pct"), selfEmployed, nonNegative(r, "openings"),
                    blankIfNone(r.text("education")), blankIfNone(r.text("work_experience")),
                    blankIfNone(r.text("training")), known(r, "source", sourceIds));
        });
        unique("projections.csv", projections, Projection::soc);
        if (projections.stream().map(p -> p.yearFrom() + "-" + p.yearTo()).distinct().count() > 1) {
            throw new DatasetException("projections.csv: rows of more than one decade; import-ep writes one");
        }
        if (!projections.isEmpty() && projections.stream().noneMatch(p -> p.soc().equals(Projection.ALL_OCCUPATIONS))) {
            throw new DatasetException("projections.csv: no row " + Projection.ALL_OCCUPATIONS
                    + " (all occupations), which pages print beside each occupation's outlook");
        }
        return projections;
    }

    private static String blankIfNone(String text) {
        return text == null ? "" : text;
    }

    private static double nonNegative(CsvRow r, String column) {
        double value = required(r.decimal(column), r, column);
        if (value < 0) {
            throw r.error("'" + column + "' cannot be negative");
        }
        return value;
    }

    private static int year(CsvRow r, String column) {
        int year = required(r.integer(column), r, column);
        if (year < 1000 || year > 9999) {
            throw r.error("'" + column + "' is " + year + ", not a four-digit year");
        }
        return year;
    }

    /** An alias is matched word by word like a title, so it is kept lowercase. */
    private static String alias(CsvRow r) {
        String value = r.required("alias");
        if (!value.equals(value.toLowerCase(java.util.Locale.ROOT)) || !value.equals(value.strip())) {
            throw r.error("'alias' is '" + value + "'; aliases are lowercase, without spaces at either end");
        }
        return value;
    }

    private static SurveyPay surveyPay(CsvRow r) {
        Integer n = r.integer("n");
        if (n == null || n < 0) {
            throw r.error("'n' must be a count");
        }
        SurveyPay cell = new SurveyPay(r.required("survey_year"),
                r.oneOf("grouping", "all", "devtype", "orgsize", "remote", "language"), r.required("group"),
                r.integer("years_from"), r.integer("years_to"), n, r.integer("p25"), r.integer("median"), r.integer("p75"));
        if (cell.hasFigures() && n < SurveyPay.MIN_N) {
            throw r.error("a cell of " + n + " answers has figures; under " + SurveyPay.MIN_N + " it keeps only its n");
        }
        return cell;
    }

    private static SurveyRank surveyRank(CsvRow r) {
        Integer n = r.integer("n");
        Integer populationN = r.integer("population_n");
        Integer from = r.integer("years_from");
        if (n == null || n < 0 || populationN == null || populationN <= 0) {
            throw r.error("'n' and 'population_n' must be counts");
        }
        if (from == null && r.integer("years_to") != null) {
            throw r.error("'years_from' is required with 'years_to': both blank is everyone in the cell");
        }
        SurveyRank rank = new SurveyRank(r.required("soc"), r.oneOf("population", "own", "all"), populationN,
                r.required("devtype"), from, r.integer("years_to"), n, r.integer("p10"), r.integer("p25"),
                r.integer("median"), r.integer("p75"), r.integer("p90"), r.decimal("p10_rank"), r.decimal("p25_rank"),
                r.decimal("median_rank"), r.decimal("p75_rank"), r.decimal("p90_rank"));
        if (rank.hasFigures() && n < SurveyPay.MIN_N) {
            throw r.error("a cell of " + n + " answers has figures; under " + SurveyPay.MIN_N + " it keeps only its n");
        }
        if (!rank.allDevelopers() && populationN < SurveyRank.MIN_POPULATION) {
            throw r.error("an own population of " + populationN + " respondents; under " + SurveyRank.MIN_POPULATION
                    + " the occupation is ranked among all developers");
        }
        if (rank.hasFigures()) {
            Double[] ranks = rank.ranks();
            for (int i = 0; i < ranks.length; i++) {
                if (ranks[i] == null || i > 0 && ranks[i - 1] > ranks[i]) {
                    throw r.error("ranks must all be set and run p10_rank <= p25_rank <= median_rank <= p75_rank <= p90_rank");
                }
            }
        }
        return rank;
    }

    private static Source source(CsvRow r) {
        return new Source(r.required("id"), r.required("publisher"), r.required("title"), r.text("url"),
                r.required("reference_period"), r.text("published"), r.text("sample_size"), r.required("measures"),
                r.has("file") ? r.text("file") : null);
    }

    private static Role role(CsvRow r, Oews oews) {
        Role role = new Role(slug(r, "slug"), r.required("title"), r.required("soc"), r.required("summary"),
                required(r.oneOf("kind", "occupation", "title"), r, "kind"), levels(r));
        if (role.isOccupation() && role.levels().size() != Level.values().length) {
            throw r.error("a BLS occupation covers every level; only a title may narrow 'levels'");
        }
        if (oews.latestNational(role.soc()).isEmpty()) {
            throw r.error("soc '" + role.soc() + "' has no row in oews_national.csv");
        }
        return role;
    }

    /** An occupation's latest national percentiles as a primary figure: imported, never typed. */
    private static RoleFigure occupationFigure(String id, Role role, Oews oews, String note, boolean primary) {
        OccupationPay latest = oews.latestNational(role.soc()).orElseThrow();
        if (!latest.hasFullDistribution()) {
            throw new DatasetException("oews_national.csv: " + role.soc() + " has no complete p10-p90 in "
                    + latest.source() + ", so role '" + role.slug() + "' cannot take its figures from it");
        }
        return new RoleFigure(id, role.slug(), latest.source(), "percentiles", null, null,
                whole(latest.p10()), whole(latest.p25()), whole(latest.median()), whole(latest.p75()), whole(latest.p90()),
                null, null, null, primary, note);
    }

    /** "senior|staff" → those levels in order; blank or absent → every level. */
    private static List<Level> levels(CsvRow r) {
        String list = r.has("levels") ? r.text("levels") : null;
        if (list == null) {
            return List.of(Level.values());
        }
        List<Level> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            if (Arrays.asList(list.split("\\|")).contains(level.slug)) {
                levels.add(level);
            }
        }
        for (String named : list.split("\\|")) {
            if (Level.bySlug(named).isEmpty()) {
                throw r.error("'levels' names '" + named + "'; expected entry, mid, senior or staff joined by |");
            }
        }
        return levels;
    }

    private static Integer whole(Wage w) {
        return (int) Math.round(w.amount());
    }

    private static OccupationPay pay(CsvRow r, Set<String> sources) {
        return new OccupationPay(known(r, "source", sources), r.required("area"), r.required("area_name"),
                required(r.oneOf("area_type", "national", "state", "territory"), r, "area_type"), r.required("industry"),
                r.required("industry_name"), r.required("industry_level"), r.required("soc"), r.required("title"),
                count(r, "employment"), r.decimal("emp_prse"), r.decimal("jobs_per_1000"), r.decimal("location_quotient"),
                wage(r, "mean"), r.decimal("mean_prse"), wage(r, "p10"), wage(r, "p25"), wage(r, "median"), wage(r, "p75"),
                wage(r, "p90"), wage(r, "h_mean"), wage(r, "h_p10"), wage(r, "h_p25"), wage(r, "h_median"), wage(r, "h_p75"),
                wage(r, "h_p90"), "yes".equals(r.oneOf("annual_only", "yes")), "yes".equals(r.oneOf("hourly_only", "yes")),
                r.text("notes"));
    }

    private static Wage wage(CsvRow r, String column) {
        String cell = r.text(column);
        if (cell == null) {
            return null;
        }
        try {
            return Wage.parse(cell);
        } catch (NumberFormatException e) {
            throw r.error("'" + column + "' is '" + cell + "', not a wage (a number, or a number followed by + for 'or more')");
        }
    }

    private static Long count(CsvRow r, String column) {
        Double value = r.decimal(column);
        return value == null ? null : Math.round(value);
    }

    private static Location location(CsvRow r, Set<String> sourceIds) {
        String type = required(r.oneOf("type", "national", "state", "metro", "remote"), r, "type");
        Integer wage = r.integer("value");
        String statistic = r.oneOf("statistic", "mean", "median");
        if ((type.equals("state") || type.equals("metro")) && (wage == null || statistic == null)) {
            throw r.error("a " + type + " needs a value and its statistic (mean or median)");
        }
        if (wage != null && wage <= 0) {
            throw r.error("'value' must be positive");
        }
        String source = type.equals("national") && r.text("source") == null ? null : known(r, "source", sourceIds);
        return new Location(slug(r, "slug"), r.required("name"), type, r.text("state"), wage, statistic,
                r.text("soc"), source, r.text("note"));
    }

    private static RoleFigure figure(CsvRow r, Map<String, Role> roles, Set<String> sources, Set<String> locations,
                                     Oews oews) {
        String kind = required(r.oneOf("kind", "percentiles", "median", "average", "range", "occupation"), r, "kind");
        Role role = roles.get(known(r, "role", roles.keySet()));
        if (role.isOccupation() && "yes".equals(r.text("primary"))) {
            throw r.error("role '" + role.slug() + "' is a BLS occupation: its primary figure comes from the official files");
        }
        if (kind.equals("occupation")) {
            // The title's own sources give no spread of their own that beats the occupation's: use it, as imported.
            if (r.text("source") != null || r.text("median") != null || r.text("p10") != null) {
                throw r.error("an occupation figure takes its source and numbers from oews_national.csv; leave them empty");
            }
            if (r.text("note") == null) {
                throw r.error("an occupation figure needs a note saying how BLS classifies the title");
            }
            // The occupation's spread says how BLS counts the title, not where the title sits in that occupation's
            // pay: the survey places the title, and its primary is a figure a source publishes for the title itself.
            if ("yes".equals(r.text("primary"))) {
                throw r.error("an occupation figure cannot be primary: it is the occupation's spread, not the title's;"
                        + " make a figure published for the title primary");
            }
            return occupationFigure(slug(r, "id"), role, oews, r.text("note"), false);
        }
        String level = r.text("level");
        if (level != null && Level.bySlug(level).isEmpty()) {
            throw r.error("'level' is '" + level + "'; expected entry, mid, senior or staff");
        }
        String location = r.text("location");
        if (location != null && !locations.contains(location)) {
            throw r.error("'location' is '" + location + "', which locations.csv does not list");
        }
        Integer p10 = r.integer("p10");
        Integer p25 = r.integer("p25");
        Integer median = r.integer("median");
        Integer p75 = r.integer("p75");
        Integer p90 = r.integer("p90");
        Integer low = r.integer("low");
        Integer high = r.integer("high");
        switch (kind) {
            case "percentiles" -> {
                Integer[] ps = {p10, p25, median, p75, p90};
                if (Arrays.stream(ps).anyMatch(p -> p == null)) {
                    throw r.error("percentiles need all of p10, p25, median, p75 and p90");
                }
                for (int i = 1; i < ps.length; i++) {
                    if (ps[i] < ps[i - 1]) {
                        throw r.error("percentiles out of order: " + Arrays.toString(ps));
                    }
                }
                if (p10 <= 0) {
                    throw r.error("percentiles must be positive");
                }
            }
            case "median", "average" -> {
                if (median == null || median <= 0) {
                    throw r.error("a " + kind + " needs a positive value in the median column");
                }
            }
            default -> {
                if (low == null && high == null) {
                    throw r.error("a range needs low, high or both");
                }
                if (low != null && high != null && low > high) {
                    throw r.error("range low " + low + " is above high " + high);
                }
            }
        }
        String primary = r.oneOf("primary", "yes", "no");
        boolean isPrimary = "yes".equals(primary);
        if (isPrimary) {
            if (level != null || location != null) {
                throw r.error("a primary figure must be national and for all levels");
            }
            if (kind.equals("average") || (kind.equals("range") && (low == null || high == null))) {
                throw r.error("a primary figure must be percentiles, a median or a complete range");
            }
            if (r.text("note") == null) {
                throw r.error("a primary figure needs a note saying why it is primary");
            }
        }
        return new RoleFigure(slug(r, "id"), role.slug(), known(r, "source", sources), kind, level, location,
                p10, p25, median, p75, p90, low, high, r.integer("n"), isPrimary, r.text("note"));
    }

    private static Premium premium(CsvRow r, Set<String> roles, Set<String> sources) {
        String kind = required(r.oneOf("kind", "skill", "certification", "specialization", "company"), r, "kind");
        Set<String> appliesTo = roleList(r, roles);
        Double low = r.decimal("low_pct");
        Double high = r.decimal("high_pct");
        if ((low == null) != (high == null)) {
            throw r.error("give both low_pct and high_pct, or neither");
        }
        if (low != null && (low < 0 || high < low)) {
            throw r.error("premium must satisfy 0 <= low_pct <= high_pct, got " + low + "–" + high);
        }
        String group = r.has("group") && r.text("group") != null ? slug(r, "group") : slug(r, "id");
        return new Premium(slug(r, "id"), kind, r.required("name"), appliesTo, low, high,
                known(r, "source", sources), r.text("note"), group);
    }

    /** A {@code roles} cell: blank for every role, or role slugs separated by {@code |}, each one roles.csv lists. */
    private static Set<String> roleList(CsvRow r, Set<String> roles) {
        Set<String> appliesTo = new LinkedHashSet<>();
        String list = r.text("roles");
        if (list != null) {
            for (String role : list.split("\\|")) {
                if (!roles.contains(role.trim())) {
                    throw r.error("'roles' names '" + role.trim() + "', which roles.csv does not list");
                }
                appliesTo.add(role.trim());
            }
        }
        return Set.copyOf(appliesTo);
    }

    private static TotalComp totalComp(CsvRow r, Set<String> roles, Set<String> companies, Set<String> sources) {
        String role = r.required("role");
        if (!role.equals("*") && !roles.contains(role)) {
            throw r.error("'role' is '" + role + "', which roles.csv does not list");
        }
        String company = r.required("company");
        if (!company.equals("*") && !companies.contains(company)) {
            throw r.error("'company' is '" + company + "', not a company type in premiums.csv");
        }
        Double low = r.decimal("low");
        Double high = r.decimal("high");
        if (low == null) {
            throw r.error("'low' is empty");
        }
        if (high != null && high < low) {
            throw r.error("low " + low + " is above high " + high);
        }
        return new TotalComp(role, company, required(r.oneOf("component", "bonus", "equity", "benefits"), r, "component"),
                low, high, required(r.oneOf("unit", "pct_of_base", "usd"), r, "unit"), known(r, "source", sources),
                r.text("note"), r.has("levels") && r.text("levels") != null ? levels(r) : List.of());
    }

    private <T> List<T> rows(String file, Function<CsvRow, T> mapper) {
        Path path = folder.resolve(file);
        if (!Files.exists(path)) {
            throw new DatasetException(file + ": file is missing from " + folder);
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        List<List<String>> records = CsvText.records(file, text);
        if (records.isEmpty()) {
            throw new DatasetException(file + ":1: the file is empty; it needs its header line");
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = records.get(0);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty() || header.put(names.get(i), i) != null) {
                throw new DatasetException(file + ":1: not valid CSV (the header's column " + (i + 1) + " is "
                        + (names.get(i).isEmpty() ? "empty" : "'" + names.get(i) + "' again") + ")");
            }
        }
        List<T> items = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            items.add(mapper.apply(new CsvRow(file, i, records.get(i), header)));
        }
        return items;
    }

    private static <T> Set<String> unique(String file, List<T> items, Function<T, String> key) {
        Set<String> seen = new LinkedHashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new DatasetException(file + ": duplicate '" + key.apply(item) + "'");
            }
        }
        return seen;
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static String slug(CsvRow r, String column) {
        String value = r.required(column);
        if (!SLUG.matcher(value).matches()) {
            throw r.error("'" + column + "' is '" + value + "'; slugs are lowercase words joined by hyphens");
        }
        return value;
    }

    private static String known(CsvRow r, String column, Set<String> ids) {
        String value = r.required(column);
        if (!ids.contains(value)) {
            throw r.error("unknown " + column + " '" + value + "'");
        }
        return value;
    }

    private static int positive(CsvRow r, String column) {
        Integer value = required(r.integer(column), r, column);
        if (value <= 0) {
            throw r.error("'" + column + "' must be positive");
        }
        return value;
    }

    private static int year(CsvRow r) {
        int year = required(r.integer("year"), r, "year");
        if (year < 1000 || year > 9999) {
            throw r.error("'year' is " + year + ", not a four-digit year");
        }
        return year;
    }

    private static double positiveDecimal(CsvRow r, String column) {
        double value = required(r.decimal(column), r, column);
        if (value <= 0) {
            throw r.error("'" + column + "' must be positive");
        }
        return value;
    }

    private static double percent(CsvRow r, String column) {
        double value = required(r.decimal(column), r, column);
        if (value < 0 || value > 100) {
            throw r.error("'" + column + "' must be a percentage from 0 to 100");
        }
        return value;
    }

    private static <T> T required(T value, CsvRow r, String column) {
        if (value == null) {
            throw r.error("'" + column + "' is empty");
        }
        return value;
    }
}
