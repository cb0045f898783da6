package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Slug;
import com.salaryatlas.dataset.SurveyPay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company size and work arrangement, measured: for each of the survey's groups, the ratio of the group's median to
 * the median of all developers in the same experience band (pooled 2023 and 2024 cells), combined across the bands
 * weighted by the group's answers in each. A ratio of self-reported total pay, which the estimate applies to base pay
 * and says so. Answers that describe no employer ("I don't know") are not offered.
 */
public final class SurveyFactors {

    public static final String ORG_SIZE = "orgsize";
    public static final String ARRANGEMENT = "remote";
    static final String POOLED = "2023+2024";
    private static final int[] BAND_STARTS = {0, 3, 6, 11, 16, 21};
    private static final Pattern LEADING_NUMBER = Pattern.compile("^([0-9][0-9,]*)");

    private final Map<String, Map<String, Figures.SurveyRatio>> bySlug = new LinkedHashMap<>();

    public SurveyFactors(Dataset data) {
        for (String grouping : List.of(ORG_SIZE, ARRANGEMENT)) {
            Map<String, Figures.SurveyRatio> groups = new LinkedHashMap<>();
            List<String> labels = data.surveyPay().stream()
                    .filter(c -> c.surveyYear().equals(POOLED) && c.grouping().equals(grouping) && c.allBands())
                    .map(SurveyPay::group).filter(g -> !g.startsWith("I don")).distinct()
                    .sorted(Comparator.comparingLong(SurveyFactors::sizeOrder)).toList();
            for (String label : labels) {
                ratio(data, POOLED, grouping, label).ifPresent(r -> groups.put(Slug.of(label), r));
            }
            bySlug.put(grouping, groups);
        }
    }

    /** The measured groups of a grouping, by their slug, smallest company first. */
    public Map<String, Figures.SurveyRatio> groups(String grouping) {
        return bySlug.getOrDefault(grouping, Map.of());
    }

    public Optional<Figures.SurveyRatio> group(String grouping, String slug) {
        return Optional.ofNullable(groups(grouping).get(slug));
    }

    /**
     * A group's median over all developers' median, band by band in one survey year (or the pooled years), combined
     * weighted by the group's answers in each band that has figures on both sides; empty when no band has.
     */
    static Optional<Figures.SurveyRatio> ratio(Dataset data, String year, String grouping, String label) {
        double weighted = 0;
        long n = 0;
        int bands = 0;
        List<SurveyPay> groupCells = data.surveyCells(year, grouping, label);
        List<SurveyPay> everyoneCells = data.surveyCells(year, "all", "all");
        for (int start : BAND_STARTS) {
            SurveyPay group = band(groupCells, start);
            SurveyPay everyone = band(everyoneCells, start);
            if (group == null || everyone == null || !group.hasFigures() || !everyone.hasFigures()) {
                continue;
            }
            weighted += group.n() * (group.median() / (double) everyone.median());
            n += group.n();
            bands++;
        }
        return n == 0 ? Optional.empty() : Optional.of(new Figures.SurveyRatio(year, grouping, label, weighted / n, n, bands));
    }

    /** The cell of the band starting at {@code start} (the open 21+ band, not 11+, for 21; 11–15, not 11+, for 11). */
    private static SurveyPay band(List<SurveyPay> cells, int start) {
        return cells.stream().filter(c -> Objects.equals(c.yearsFrom(), start)
                && (start == 21 ? c.yearsTo() == null : c.yearsTo() != null)).findFirst().orElse(null);
    }

    private static long sizeOrder(String label) {
        Matcher lead = LEADING_NUMBER.matcher(label);
        return lead.find() ? Long.parseLong(lead.group(1).replace(",", "")) : Long.MAX_VALUE;
    }

    /** Every measured group of both groupings, for listing (their order kept). */
    public List<Figures.SurveyRatio> all() {
        List<Figures.SurveyRatio> all = new ArrayList<>();
        bySlug.values().forEach(m -> all.addAll(m.values()));
        return all;
    }
}
