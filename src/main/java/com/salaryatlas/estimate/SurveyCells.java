package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.SurveyPay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one cell of the survey's pay aggregates by the short names articles use: a year ("2024", or "pooled" for the
 * 2023 and 2024 answers together), a grouping, the group's label as a slug and a band of years ("all", "3-5",
 * "21-up"). The figures are the importer's; nothing is computed here, so a cell the importer left without figures
 * (under 30 answers) stays without them.
 */
public final class SurveyCells {

    /** The survey year the importer gives the pooled cells. */
    public static final String POOLED = "2023+2024";
    private static final Pattern BAND = Pattern.compile("([0-9]+)-([0-9]+|up)");

    private final Dataset data;

    public SurveyCells(Dataset data) {
        this.data = data;
    }

    /** "pooled" names the pooled cells; any other year stands for itself. */
    public static String surveyYear(String year) {
        return year.equals("pooled") ? POOLED : year;
    }

    /**
     * A survey label as articles spell it: lower case, each run of characters other than a–z and 0–9 one hyphen, none
     * at either end ("10,000 or more employees" → "10-000-or-more-employees").
     */
    public static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
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
        String surveyYear = surveyYear(year);
        return data.surveyPay().stream().filter(c -> c.surveyYear().equals(surveyYear) && c.grouping().equals(grouping))
                .toList();
    }

    /** The slugs of the groups a year and grouping has, for a message naming the ones there are. */
    public List<String> groups(String year, String grouping) {
        return cells(year, grouping).stream().map(c -> slug(c.group())).distinct().toList();
    }

    /** The one cell of that year, grouping, group (by slug) and band; empty when the file has none. */
    public Optional<SurveyPay> cell(String year, String grouping, String group, Band band) {
        return cells(year, grouping).stream().filter(c -> slug(c.group()).equals(group) && band.matches(c)).findFirst();
    }
}
