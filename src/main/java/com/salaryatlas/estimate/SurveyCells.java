package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Slug;
import com.salaryatlas.dataset.SurveyPay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one cell of the survey's pay aggregates by the short names articles use: a year ("2024", or "pooled" for the
 * 2023 and 2024 answers together), a grouping, the group's label as a slug ({@link Slug}) and a band of years ("all",
 * "3-5", "21-up"). The figures are the importer's; nothing is computed here, so a cell the importer left without figures
 * (under 30 answers) stays without them.
 */
public final class SurveyCells {

    /** The survey year the importer gives the pooled cells. */
    public static final String POOLED = "2023+2024";
    private static final Pattern BAND = Pattern.compile("([0-9]+)-([0-9]+|up)");

    /** A year and a grouping: what every question here starts from. */
    private record Key(String surveyYear, String grouping) {
    }

    /** A cell and its group's slug, worked out once. */
    private record Slugged(String slug, SurveyPay cell) {
    }

    /**
     * The cells by year and grouping, in the file's order, each with its slug: the articles ask for some fifty cells
     * at start, and scanning the file and slugging every label for each was half of the articles' start samples.
     */
    private final Map<Key, List<Slugged>> byYearAndGrouping = new HashMap<>();

    public SurveyCells(Dataset data) {
        // A label recurs in every year, band and grouping: each is slugged once.
        Map<String, String> slugs = new HashMap<>();
        for (SurveyPay cell : data.surveyPay()) {
            byYearAndGrouping.computeIfAbsent(new Key(cell.surveyYear(), cell.grouping()), k -> new ArrayList<>())
                    .add(new Slugged(slugs.computeIfAbsent(cell.group(), Slug::of), cell));
        }
    }

    /** "pooled" names the pooled cells; any other year stands for itself. */
    public static String surveyYear(String year) {
        return year.equals("pooled") ? POOLED : year;
    }

    /** A band of years as articles write it: "all" (every band), "0-2", "21-up" (open at the top). */
    public record Band(Integer from, Integer to) {

        public static Optional<Band> parse(String text) {
            if (text.equals("all")) {
                return Optional.of(new Band(null, null));
            }
            Matcher m = BAND.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Band(Integer.valueOf(m.group(1)), m.group(2).equals("up") ? null
                    : Integer.valueOf(m.group(2))));
        }

        boolean matches(SurveyPay cell) {
            return java.util.Objects.equals(from, cell.yearsFrom()) && java.util.Objects.equals(to, cell.yearsTo());
        }
    }

    /** The cells of a year and grouping (every group, every band), in the file's order. */
    public List<SurveyPay> cells(String year, String grouping) {
        return slugged(year, grouping).stream().map(Slugged::cell).toList();
    }

    private List<Slugged> slugged(String year, String grouping) {
        return byYearAndGrouping.getOrDefault(new Key(surveyYear(year), grouping), List.of());
    }

    /** The slugs of the groups a year and grouping has, for a message naming the ones there are. */
    public List<String> groups(String year, String grouping) {
        return slugged(year, grouping).stream().map(Slugged::slug).distinct().toList();
    }

    /** The one cell of that year, grouping, group (by slug) and band; empty when the file has none. */
    public Optional<SurveyPay> cell(String year, String grouping, String group, Band band) {
        return slugged(year, grouping).stream().filter(s -> s.slug().equals(group) && band.matches(s.cell()))
                .map(Slugged::cell).findFirst();
    }
}
