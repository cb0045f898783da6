package com.salaryatlas.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The official BLS OEWS figures, indexed: national rows by occupation and year, state rows by occupation and area,
 * industry rows by occupation. Read once from content/data/oews_*.csv (written by {@code import-oews}).
 */
public final class Oews {

    private final Map<String, Source> sources;
    private final Map<String, TreeMap<Integer, OccupationPay>> national = new LinkedHashMap<>();
    private final Map<String, Map<String, OccupationPay>> states = new LinkedHashMap<>();
    private final Map<String, List<OccupationPay>> industries = new LinkedHashMap<>();
    private final Map<String, Area> areas = new LinkedHashMap<>();
    /** Filled as sources are asked for, by every thread that computes an estimate at once. */
    private final Map<String, Integer> yearOfSource = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> citedSources = new java.util.HashSet<>();
    /** An area's place in {@link #areas} by its code (compared as equalsIgnoreCase does) and by its slug, first kept. */
    private final Map<String, Integer> areaByCode = new java.util.HashMap<>();
    private final Map<String, Integer> areaBySlug = new java.util.HashMap<>();
    private final List<Area> areasInOrder;

    Oews(Map<String, Source> sources, List<OccupationPay> nationalRows, List<OccupationPay> stateRows,
         List<OccupationPay> industryRows) {
        this.sources = Map.copyOf(sources);
        for (OccupationPay row : nationalRows) {
            national.computeIfAbsent(row.soc(), k -> new TreeMap<>()).put(year(row.source()), row);
        }
        stateRows.stream().sorted(Comparator.comparing(OccupationPay::areaName)).forEach(row -> {
            states.computeIfAbsent(row.soc(), k -> new LinkedHashMap<>()).put(row.area(), row);
            // Once per area, not per row: a slug is a regex replacement, and there are thousands of rows.
            areas.computeIfAbsent(row.area(),
                    code -> new Area(code, row.areaName(), Slug.of(row.areaName()), row.areaType()));
        });
        for (OccupationPay row : industryRows) {
            industries.computeIfAbsent(row.soc(), k -> new ArrayList<>()).add(row);
        }
        for (List<OccupationPay> rows : List.of(nationalRows, stateRows, industryRows)) {
            rows.forEach(row -> citedSources.add(row.source()));
        }
        areasInOrder = List.copyOf(areas.values());
        for (int i = 0; i < areasInOrder.size(); i++) {
            areaByCode.putIfAbsent(caseless(areasInOrder.get(i).code()), i);
            areaBySlug.putIfAbsent(areasInOrder.get(i).slug(), i);
        }
    }

    /** Whether rows of the official files read here cite {@code source}. */
    public boolean isSource(String source) {
        return citedSources.contains(source);
    }

    /** The reference year of a source, read from its period ("May 2025" gives 2025). */
    public int year(String source) {
        return yearOfSource.computeIfAbsent(source, id -> {
            String period = sources.get(id).referencePeriod();
            return Integer.parseInt(period.substring(period.length() - 4));
        });
    }

    public Source source(String id) {
        return sources.get(id);
    }

    /** Every occupation code the national files publish, in file order. */
    public List<String> nationalSocs() {
        return List.copyOf(national.keySet());
    }

    /** The occupation's national rows, oldest year first. */
    public List<OccupationPay> nationalSeries(String soc) {
        return List.copyOf(national.getOrDefault(soc, new TreeMap<>()).values());
    }

    public Optional<OccupationPay> national(String soc, int year) {
        TreeMap<Integer, OccupationPay> years = national.get(soc);
        return years == null ? Optional.empty() : Optional.ofNullable(years.get(year));
    }

    public Optional<OccupationPay> latestNational(String soc) {
        TreeMap<Integer, OccupationPay> years = national.get(soc);
        return years == null || years.isEmpty() ? Optional.empty() : Optional.of(years.lastEntry().getValue());
    }

    /** The most recent national year every occupation is published for. */
    public int latestYear() {
        return national.values().stream().mapToInt(TreeMap::lastKey).max().orElseThrow();
    }

    /** The oldest year of the national files: where every change over the years starts. */
    public int firstYear() {
        return national.values().stream().mapToInt(TreeMap::firstKey).min().orElseThrow();
    }

    /** The reference year of the state file; empty when there is none. */
    public Optional<Integer> stateYear() {
        return states.values().stream().flatMap(m -> m.values().stream()).findFirst().map(r -> year(r.source()));
    }

    /** "May 2025": the reference period of the newest national file. */
    public String latestPeriod() {
        return national.values().stream().map(TreeMap::lastEntry).filter(e -> e.getKey() == latestYear()).findFirst()
                .map(e -> sources.get(e.getValue().source()).referencePeriod()).orElseThrow();
    }

    /** "May 2024": the reference period of the state file. */
    public String statePeriod() {
        return states.values().stream().flatMap(m -> m.values().stream()).findFirst()
                .map(r -> sources.get(r.source()).referencePeriod()).orElse(latestPeriod());
    }

    /** The last day of a source's reference period ("May 2025" → 2025-05-31): when its figures describe. */
    public java.time.LocalDate periodEnd(String source) {
        String period = sources.get(source).referencePeriod();
        java.time.YearMonth month = java.time.YearMonth.parse(period,
                java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.US));
        return month.atEndOfMonth();
    }

    public Optional<OccupationPay> state(String soc, String areaCode) {
        return Optional.ofNullable(states.getOrDefault(soc, Map.of()).get(areaCode));
    }

    /** Every area with a row for the occupation, by name. */
    public List<OccupationPay> states(String soc) {
        return List.copyOf(states.getOrDefault(soc, Map.of()).values());
    }

    public List<OccupationPay> industries(String soc) {
        return List.copyOf(industries.getOrDefault(soc, List.of()));
    }

    /** The areas where the state file publishes a median for the occupation {@code soc}. */
    public List<Area> areasWithAMedian(String soc) {
        Map<String, OccupationPay> rows = states.getOrDefault(soc, Map.of());
        return areas().stream().filter(a -> rows.containsKey(a.code()) && rows.get(a.code()).median() != null).toList();
    }

    public List<Area> areas() {
        return areas.values().stream().sorted(Comparator.comparing(Area::name)).toList();
    }

    /** The first area (in name order) whose code is {@code codeOrSlug} in any case, or whose slug it is. */
    public Optional<Area> area(String codeOrSlug) {
        if (codeOrSlug == null) {
            return Optional.empty();
        }
        Integer byCode = areaByCode.get(caseless(codeOrSlug));
        Integer bySlug = areaBySlug.get(codeOrSlug);
        Integer first = byCode == null ? bySlug : bySlug == null ? byCode : Integer.valueOf(Math.min(byCode, bySlug));
        return first == null ? Optional.empty() : Optional.of(areasInOrder.get(first));
    }

    /**
     * Two strings are equal here exactly when {@link String#equalsIgnoreCase} finds an area's code (ASCII, as BLS
     * spells it) equal to them: it compares char by char, upper case first and then the lower case of that.
     */
    private static String caseless(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }
}
