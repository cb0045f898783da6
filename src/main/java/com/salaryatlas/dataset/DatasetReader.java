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
import java.io.Reader;
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
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads content/data/*.csv into a {@link Dataset}, refusing anything inconsistent with file:line and the reason. */
public final class DatasetReader {

    private final Path folder;

    public DatasetReader(Path folder) {
        this.folder = folder;
    }

    public Dataset read() {
        List<Source> sources = rows("sources.csv", r -> new Source(r.required("id"), r.required("publisher"),
                r.required("title"), r.text("url"), r.required("reference_period"), r.text("published"),
                r.text("sample_size"), r.required("measures")));
        Set<String> sourceIds = unique("sources.csv", sources, Source::id);

        List<Role> roles = rows("roles.csv", r -> new Role(slug(r, "slug"), r.required("title"), r.required("soc"),
                r.required("summary")));
        Set<String> roleSlugs = unique("roles.csv", roles, Role::slug);

        List<Location> locations = rows("locations.csv", r -> location(r, sourceIds));
        Set<String> locationSlugs = unique("locations.csv", locations, Location::slug);
        if (locations.stream().filter(Location::isNational).count() != 1) {
            throw new DatasetException("locations.csv: exactly one row must have type national");
        }

        List<RoleFigure> figures = rows("role_figures.csv", r -> figure(r, roleSlugs, sourceIds, locationSlugs));
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

        return new Dataset(sources, roles, figures, locations, premiums, skillPay, skillDemand, stats, totalComp);
    }

    private static Location location(CsvRow r, Set<String> sourceIds) {
        String type = required(r.oneOf("type", "national", "state", "metro", "remote"), r, "type");
        Integer wage = r.integer("value");
        String statistic = r.oneOf("statistic", "mean", "median");
        if (!type.equals("remote") && (wage == null || statistic == null)) {
            throw r.error("a " + type + " needs a value and its statistic (mean or median)");
        }
        if (wage != null && wage <= 0) {
            throw r.error("'value' must be positive");
        }
        return new Location(slug(r, "slug"), r.required("name"), type, r.text("state"), wage, statistic,
                r.text("soc"), known(r, "source", sourceIds), r.text("note"));
    }

    private static RoleFigure figure(CsvRow r, Set<String> roles, Set<String> sources, Set<String> locations) {
        String kind = required(r.oneOf("kind", "percentiles", "median", "average", "range"), r, "kind");
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
        return new RoleFigure(slug(r, "id"), known(r, "role", roles), known(r, "source", sources), kind, level, location,
                p10, p25, median, p75, p90, low, high, r.integer("n"), isPrimary, r.text("note"));
    }

    private static Premium premium(CsvRow r, Set<String> roles, Set<String> sources) {
        String kind = required(r.oneOf("kind", "skill", "certification", "specialization", "company"), r, "kind");
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
        Double low = r.decimal("low_pct");
        Double high = r.decimal("high_pct");
        if ((low == null) != (high == null)) {
            throw r.error("give both low_pct and high_pct, or neither");
        }
        if (low != null && (low < 0 || high < low)) {
            throw r.error("premium must satisfy 0 <= low_pct <= high_pct, got " + low + "–" + high);
        }
        return new Premium(slug(r, "id"), kind, r.required("name"), Set.copyOf(appliesTo), low, high,
                known(r, "source", sources), r.text("note"));
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
                r.text("note"));
    }

    private <T> List<T> rows(String file, Function<CsvRow, T> mapper) {
        Path path = folder.resolve(file);
        if (!Files.exists(path)) {
            throw new DatasetException(file + ": file is missing from " + folder);
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            Map<String, Integer> header = new HashMap<>(parser.getHeaderMap());
            List<T> items = new ArrayList<>();
            for (CSVRecord record : parser) {
                items.add(mapper.apply(new CsvRow(file, record, header)));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new DatasetException(file + ": not valid CSV (" + e.getMessage() + ")");
        }
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

    private static String slug(CsvRow r, String column) {
        String value = r.required(column);
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
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
