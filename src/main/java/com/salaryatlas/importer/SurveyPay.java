package com.salaryatlas.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns counted respondents into the rows of `survey_pay.csv`: for every survey year (and the pooled 2023+2024),
 * every grouping that year has, every group and every band, the cell's n and pay figures. Aggregates only.
 *
 * <p>Row order, so the file is the same byte for byte for the same input: survey years 2023, 2024, 2025, then
 * 2023+2024; groupings all, devtype, orgsize, remote, language; groups by their label's characters (String order,
 * not a locale's); bands all, 0–2, 3–5, 6–10, 11–15, 16–20, 21+, 11+. Every band of a group has a row, with n = 0
 * where nobody answered in it, so a reader never has to tell a missing row from an empty cell.
 */
final class SurveyPay {

    static final List<String> COLUMNS = List.of(
            "survey_year", "grouping", "group", "years_from", "years_to", "n", "p25", "median", "p75");

    static final String POOLED = "2023+2024";
    /** The groupings the pooled rows carry (issue 19): not language, which 2024's file lacks. */
    static final List<Grouping> POOLED_GROUPINGS = List.of(Grouping.ALL, Grouping.DEVTYPE, Grouping.ORGSIZE, Grouping.REMOTE);

    /**
     * 2023's labels that 2024 words differently, mapped to 2024's so the pooled rows have one group per answer
     * (issue 19). Every other label is the same in both years. Both of 2023's apostrophes in "I don't know" appear
     * in its file; 2024 writes the curly one.
     */
    static final Map<String, String> LABELS_2023_TO_2024 = Map.ofEntries(
            Map.entry("Engineer, data", "Data engineer"),
            Map.entry("Other (please specify):", "Other"),
            Map.entry("2-9", "2 to 9 employees"),
            Map.entry("10-19", "10 to 19 employees"),
            Map.entry("20-99", "20 to 99 employees"),
            Map.entry("100-499", "100 to 499 employees"),
            Map.entry("500-999", "500 to 999 employees"),
            Map.entry("1,000-4,999", "1,000 to 4,999 employees"),
            Map.entry("5,000-9,999", "5,000 to 9,999 employees"),
            Map.entry("10,000 or more", "10,000 or more employees"),
            Map.entry("I don't know", "I don\u2019t know"));

    private SurveyPay() {
    }

    /** Every row of the file, in order, as cells under {@link #COLUMNS}. */
    static List<List<String>> rows(List<Respondent> respondents) {
        List<List<String>> rows = new ArrayList<>();
        for (SurveyYear year : SurveyYear.values()) {
            List<Respondent> ofYear = respondents.stream().filter(r -> r.year() == year).toList();
            List<Grouping> groupings = new ArrayList<>(List.of(Grouping.ALL));
            // In enum order, not the map's, so the file's order does not depend on how the rules were written.
            for (Grouping grouping : Grouping.values()) {
                if (year.groupColumns.containsKey(grouping)) {
                    groupings.add(grouping);
                }
            }
            addRows(rows, year.label, groupings, ofYear, false);
        }
        List<Respondent> pooled = respondents.stream()
                .filter(r -> r.year() == SurveyYear.Y2023 || r.year() == SurveyYear.Y2024).toList();
        addRows(rows, POOLED, POOLED_GROUPINGS, pooled, true);
        return rows;
    }

    /** A group's label in the pooled rows: 2024's wording. */
    static String pooledLabel(Respondent respondent, String label) {
        return respondent.year() == SurveyYear.Y2023 ? LABELS_2023_TO_2024.getOrDefault(label, label) : label;
    }

    private static void addRows(List<List<String>> rows, String surveyYear, List<Grouping> groupings,
                                List<Respondent> respondents, boolean pooled) {
        for (Grouping grouping : groupings) {
            Map<String, List<Respondent>> groups = new TreeMap<>();
            for (Respondent respondent : respondents) {
                for (String label : respondent.labels(grouping)) {
                    String group = pooled ? pooledLabel(respondent, label) : label;
                    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(respondent);
                }
            }
            groups.forEach((group, members) -> {
                for (Band band : Band.values()) {
                    List<BigDecimal> pays = members.stream().filter(r -> band.holds(r.years()))
                            .map(Respondent::pay).toList();
                    List<String> row = new ArrayList<>(List.of(
                            surveyYear, grouping.label(), group, band.fromCell(), band.toCell()));
                    row.addAll(PayFigures.of(pays).cells());
                    rows.add(row);
                }
            });
        }
    }
}
