package com.salaryatlas.importer;

import com.salaryatlas.dataset.SurveyRank;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns pooled 2023+2024 respondents into the rows of `survey_ranks.csv`, what the estimate's quantile mapping reads
 * (issue 19): for each BLS occupation, its survey population (the DevTypes that do its work, from
 * `survey_populations.csv`, an empty DevType for an occupation no DevType does), and for that population's own cell
 * and every DevType's cell in each experience band, the cell's p10, p25, median, p75 and p90 and where each ranks among the
 * whole population.
 *
 * <p>A rank is the share of the population paid less than the figure, ties counted half: (below + equal ÷ 2) ÷ N,
 * as a percentile to two decimals, rounded half up. A population of fewer than {@link SurveyRank#MIN_POPULATION} pooled
 * respondents, or none, is replaced by all developers; so is one band of a population with fewer than 30 answers in
 * it (the population's own cell for that band is all developers' in that band). Each row's `population` column says
 * which (`own` or `all`) and `population_n` how many it ranks among.
 *
 * <p>Beside the bands, each cell has rows for everyone in it and for each level with those above it ({@link #SPANS}):
 * a job title's national distribution is its DevType's p10–p90 there, ranked the same way. Figures are p10, p25,
 * median, p75 and p90 (type 7, as `survey_pay.csv`), empty under 30 answers.
 *
 * <p>Aggregates only, like `survey_pay.csv`. Rows by occupation code, then the population's own cell (`*`) before
 * DevTypes in String order, then the bands, then the spans.
 */
final class SurveyRanks {

    static final String OUTPUT = "survey_ranks.csv";
    static final String POPULATIONS = "survey_populations.csv";
    static final List<String> COLUMNS = List.of("soc", "population", "population_n", "devtype", "years_from", "years_to",
            "n", "p10", "p25", "median", "p75", "p90", "p10_rank", "p25_rank", "median_rank", "p75_rank", "p90_rank");
    /** The bands the estimate interpolates between: the site's levels' years, without the open staff band. */
    static final List<Band> BANDS = List.of(Band.Y0_2, Band.Y3_5, Band.Y6_10, Band.Y11_15, Band.Y16_20, Band.Y21_UP);
    /**
     * What a job title's national distribution reads, after the bands: everyone in the cell, blank answers included
     * (years_from and years_to empty, as in `survey_pay.csv`), then each level with every level above it, for a title
     * whose source covers only its senior levels: mid and up (3+), senior and up (6+), staff (11+).
     */
    static final List<Span> SPANS = List.of(new Span(null), new Span(3), new Span(6), new Span(11));
    /** The percentiles each row gives, and ranks. */
    private static final int[] PERCENTILES = {10, 25, 50, 75, 90};

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SurveyRanks() {
    }

    /**
     * Every row of the file. {@code populations} maps an occupation's code to the DevTypes (2024's labels) whose
     * respondents make its population.
     */
    static List<List<String>> rows(List<Respondent> respondents, Map<String, Set<String>> populations) {
        List<Respondent> pooled = respondents.stream()
                .filter(r -> r.year() == SurveyYear.Y2023 || r.year() == SurveyYear.Y2024).toList();
        Map<String, List<Respondent>> byDevType = new TreeMap<>();
        for (Respondent r : pooled) {
            for (String label : r.labels(Grouping.DEVTYPE)) {
                byDevType.computeIfAbsent(SurveyPay.pooledLabel(r, label), k -> new ArrayList<>()).add(r);
            }
        }
        List<BigDecimal> everyone = pooled.stream().map(Respondent::pay).sorted().toList();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Set<String>> occupation : new TreeMap<>(populations).entrySet()) {
            List<Respondent> own = pooled.stream().filter(r -> r.labels(Grouping.DEVTYPE).stream()
                    .anyMatch(label -> occupation.getValue().contains(SurveyPay.pooledLabel(r, label)))).toList();
            boolean ownCounts = own.size() >= SurveyRank.MIN_POPULATION;
            List<BigDecimal> ownSorted = own.stream().map(Respondent::pay).sorted().toList();
            String soc = occupation.getKey();
            for (Band band : BANDS) {
                // A band too small to print in the occupation's own population is ranked among all developers.
                addOwn(rows, soc, ownCounts, ownSorted, everyone, own, pooled, band.fromCell(), band.toCell(),
                        r -> band.holds(r.years()));
            }
            for (Span span : SPANS) {
                addOwn(rows, soc, ownCounts, ownSorted, everyone, own, pooled, span.fromCell(), "", span::holds);
            }
            byDevType.forEach((devtype, members) -> {
                List<BigDecimal> population = ownCounts ? ownSorted : everyone;
                for (Band band : BANDS) {
                    rows.add(row(soc, ownCounts, population, devtype, band.fromCell(), band.toCell(),
                            members.stream().filter(r -> band.holds(r.years())).toList()));
                }
                for (Span span : SPANS) {
                    rows.add(row(soc, ownCounts, population, devtype, span.fromCell(), "",
                            members.stream().filter(span::holds).toList()));
                }
            });
        }
        return rows;
    }

    /** The population's own cell (`*`) of one band or span, or all developers' where the own cell is too small. */
    private static void addOwn(List<List<String>> rows, String soc, boolean ownCounts, List<BigDecimal> ownSorted,
                               List<BigDecimal> everyone, List<Respondent> own, List<Respondent> pooled, String from,
                               String to, java.util.function.Predicate<Respondent> holds) {
        List<Respondent> ownCell = own.stream().filter(holds).toList();
        boolean ownCellCounts = ownCounts && ownCell.size() >= PayFigures.MIN_N;
        rows.add(row(soc, ownCellCounts, ownCellCounts ? ownSorted : everyone, "*", from, to,
                ownCellCounts ? ownCell : pooled.stream().filter(holds).toList()));
    }

    private static List<String> row(String soc, boolean own, List<BigDecimal> population, String devtype, String from,
                                    String to, List<Respondent> cell) {
        List<BigDecimal> sorted = cell.stream().map(Respondent::pay).sorted().toList();
        List<BigDecimal> figures = new ArrayList<>();
        for (int p : PERCENTILES) {
            figures.add(sorted.size() < PayFigures.MIN_N ? null : PayFigures.percentile(sorted, p));
        }
        List<String> row = new ArrayList<>(List.of(soc, own ? "own" : "all", Integer.toString(population.size()), devtype,
                from, to, Integer.toString(sorted.size())));
        figures.forEach(f -> row.add(f == null ? "" : f.toPlainString()));
        figures.forEach(f -> row.add(rank(population, f)));
        return row;
    }

    /** Everyone from a first year of experience on ({@code from}), or everyone, blank answers included (null). */
    record Span(Integer from) {

        boolean holds(Respondent r) {
            return from == null || r.years() != null && r.years().compareTo(BigDecimal.valueOf(from)) >= 0;
        }

        String fromCell() {
            return from == null ? "" : from.toString();
        }
    }

    /** The percentile rank of {@code value} among the sorted pays, ties counted half; empty for a cell too small. */
    static String rank(List<BigDecimal> sorted, BigDecimal value) {
        if (value == null || sorted.isEmpty()) {
            return "";
        }
        int below = firstAtLeast(sorted, value);
        int notAbove = firstAbove(sorted, value);
        BigDecimal halves = BigDecimal.valueOf(2L * below + (notAbove - below));
        return halves.multiply(HUNDRED).divide(BigDecimal.valueOf(2L * sorted.size()), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static int firstAtLeast(List<BigDecimal> sorted, BigDecimal value) {
        int i = Collections.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted.get(i - 1).compareTo(value) == 0) {
            i--;
        }
        return i;
    }

    private static int firstAbove(List<BigDecimal> sorted, BigDecimal value) {
        int i = firstAtLeast(sorted, value);
        while (i < sorted.size() && sorted.get(i).compareTo(value) == 0) {
            i++;
        }
        return i;
    }

    /** The populations file's rows (`soc,devtype`) as each occupation's set of DevTypes. */
    static Map<String, Set<String>> populations(Sheet sheet) {
        Columns columns = new Columns(sheet);
        columns.require(sheet, List.of("SOC", "DEVTYPE"));
        Map<String, Set<String>> populations = new TreeMap<>();
        for (SheetRow row : sheet.rows()) {
            String soc = row.cell(columns.find("SOC")).strip();
            String devtype = row.cell(columns.find("DEVTYPE")).strip();
            if (!soc.matches("\\d\\d-\\d\\d\\d\\d")) {
                throw new BadInput(row.where(), "soc '" + soc + "' is not an occupation code like 15-1252");
            }
            Set<String> devtypes = populations.computeIfAbsent(soc, k -> new TreeSet<>());
            if (!devtype.isEmpty()) {
                devtypes.add(devtype);
            }
        }
        return populations;
    }
}
