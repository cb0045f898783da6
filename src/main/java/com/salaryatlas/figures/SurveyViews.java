package com.salaryatlas.figures;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.SurveyGroup;
import com.salaryatlas.dataset.SurveyPay;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.explain.Format;
import com.salaryatlas.web.Chart;
import com.salaryatlas.web.Chart.Series;
import com.salaryatlas.web.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "What developers report": the Stack Overflow survey's self-reported total pay for the survey group that stands for
 * a role, by years of professional experience, beside the BLS base wage; and for all developers by company size and
 * by work arrangement. Figures as the importer published them (pooled 2023 and 2024 answers); nothing is computed here.
 */
public final class SurveyViews {

    /** The pooled cells: 2023's and 2024's respondents together, under 2024's labels. */
    static final String POOLED = "2023+2024";
    private static final String FEW = "too few answers";

    private final Dataset data;

    public SurveyViews(Dataset data) {
        this.data = data;
    }

    /** A role's survey section: its group, why that group, the three tables, the chart and the BLS median beside. */
    public record Report(String group, String note, String blsMedian, String blsPeriod, String occupation,
                         String surveyMedian, Table byExperience, Table byCompanySize, Table byArrangement, Chart chart) {
    }

    /** The ids of the survey years the role pages' section pools, as sources.csv names them ("so-survey-2023"). */
    public List<String> sourceIds() {
        return java.util.Arrays.stream(POOLED.split("\\+")).map(year -> "so-survey-" + year)
                .filter(id -> data.source(id).isPresent()).toList();
    }

    public Optional<Report> report(Role role) {
        return data.surveyGroup(role.slug()).flatMap(group -> {
            boolean everyone = group.devtype().equals(SurveyGroup.ALL);
            List<SurveyPay> cells = everyone ? data.surveyCells(POOLED, "all", "all")
                    : data.surveyCells(POOLED, "devtype", group.devtype());
            List<SurveyPay> bands = cells.stream().filter(c -> !c.allBands() && !isStaffBand(c)).toList();
            if (bands.isEmpty()) {
                return Optional.empty();
            }
            String label = everyone ? "every developer who reported pay" : "“" + group.devtype() + "”";
            OccupationPay official = data.oews().latestNational(role.soc()).orElseThrow();
            return Optional.of(new Report(label, group.note(), Explanations.wage(official.median()),
                    data.sourcesById().get(official.source()).referencePeriod(), occupationName(role),
                    cells.stream().filter(SurveyPay::allBands).findFirst().map(c -> money(c.median(), c)).orElse(FEW),
                    experienceTable(label, cells), groupTable("orgsize", "Company size", "By company size, every developer"),
                    groupTable("remote", "Work arrangement", "By work arrangement, every developer"),
                    chart("chart-survey", label, bands).besideItsTable()));
        });
    }

    /**
     * The role section's chart on its own, for an article to place: the survey group's pooled median by band of
     * years, its table giving each band's number of answers; empty when no survey group stands for the role.
     */
    public Optional<Chart> experienceChart(String id, Role role) {
        return report(role).map(r -> {
            Chart c = r.chart();
            return new Chart(id, c.kind(), c.title(), c.summary(), c.format(), c.labels(), c.series(), c.tableHead(),
                    c.tableRows());
        });
    }

    /** The 11+ band exists for the staff level; the page shows the five plain bands and 21 and more. */
    private static boolean isStaffBand(SurveyPay c) {
        return c.yearsFrom() != null && c.yearsFrom() == 11 && c.yearsTo() == null;
    }

    private Table experienceTable(String label, List<SurveyPay> cells) {
        List<List<String>> rows = new ArrayList<>();
        for (SurveyPay c : cells) {
            if (isStaffBand(c)) {
                continue;
            }
            rows.add(List.of(band(c), Format.count(c.n()), money(c.p25(), c), money(c.median(), c), money(c.p75(), c)));
        }
        return new Table("Total pay " + label + " reported, by years of professional experience (Stack Overflow "
                + "Developer Survey, 2023 and 2024 pooled)", List.of("Years of experience", "Answers", "25th percentile",
                "Median", "75th percentile"), rows, "Self-reported total pay in U.S. dollars, $10,000 to $1,000,000 "
                + "a year. A group with fewer than 30 answers shows no figures.");
    }

    private Table groupTable(String grouping, String heading, String caption) {
        List<SurveyPay> cells = data.surveyPay().stream().filter(c -> c.surveyYear().equals(POOLED)
                && c.grouping().equals(grouping) && c.allBands()).sorted(Comparator.comparing(SurveyViews::sizeOrder))
                .toList();
        List<List<String>> rows = cells.stream().map(c -> List.of(c.group(), Format.count(c.n()), money(c.median(), c)))
                .toList();
        return new Table(caption + " (Stack Overflow Developer Survey, 2023 and 2024 pooled)",
                List.of(heading, "Answers", "Median total pay"), rows, null);
    }

    /** Company sizes from the smallest up, then the answers that are not a size; other groupings keep their order. */
    private static int sizeOrder(SurveyPay c) {
        java.util.regex.Matcher lead = LEADING_NUMBER.matcher(c.group());
        return lead.find() ? Integer.parseInt(lead.group(1).replace(",", "")) : Integer.MAX_VALUE;
    }

    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^([0-9][0-9,]*)");

    private Chart chart(String id, String label, List<SurveyPay> bands) {
        List<SurveyPay> shown = bands.stream().filter(SurveyPay::hasFigures).toList();
        List<String> labels = shown.stream().map(SurveyViews::band).toList();
        List<Double> medians = shown.stream().map(c -> (double) c.median()).toList();
        List<List<String>> rows = shown.stream().map(c -> List.of(band(c), Format.money(c.median()), Format.count(c.n())))
                .toList();
        return new Chart(id, "bar", "Median total pay reported by " + label + ", by years of experience",
                "The survey's medians by experience band (Stack Overflow Developer Survey, 2023 and 2024 pooled), "
                + "each with its number of answers.", "money", labels,
                List.of(Series.of("Median total pay reported", medians)),
                List.of("Years of experience", "Median total pay", "Answers"), rows);
    }

    private static String band(SurveyPay c) {
        if (c.allBands()) {
            return "Every band";
        }
        return c.yearsTo() == null ? c.yearsFrom() + " or more years" : c.yearsFrom() + "–" + c.yearsTo() + " years";
    }

    private static String money(Integer amount, SurveyPay c) {
        return amount == null ? FEW + " (" + c.n() + ")" : Format.money(amount);
    }

    private String occupationName(Role role) {
        return Format.occupation(data.occupationRole(role.soc()).map(Role::title).orElse(role.title()) + "s", role.soc());
    }
}
