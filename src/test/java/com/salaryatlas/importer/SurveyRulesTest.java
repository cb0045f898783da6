package com.salaryatlas.importer;

import static com.salaryatlas.importer.SurveyFixtures.cell;
import static com.salaryatlas.importer.SurveyFixtures.imported;
import static com.salaryatlas.importer.SurveyFixtures.n;
import static com.salaryatlas.importer.SurveyFixtures.row2023;
import static com.salaryatlas.importer.SurveyFixtures.row2024;
import static com.salaryatlas.importer.SurveyFixtures.row2025;
import static com.salaryatlas.importer.SurveyFixtures.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19's rules for who counts, which years, which bands, which groups, and the pooled rows. */
class SurveyRulesTest {

    private static final List<Map<String, String>> NONE = List.of();

    @TempDir
    Path dir;

    private List<Map<String, String>> only2024(List<Map<String, String>> rows) throws IOException {
        return imported(dir, NONE, rows, NONE);
    }

    @Test
    void a_row_with_pay_below_ten_thousand_is_not_counted() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("ConvertedCompYearly", "9999"), row2024()));

        assertEquals(1, n(rows, "2024", "all", "all", ""));
    }

    @Test
    void a_row_with_pay_of_exactly_ten_thousand_is_counted() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("ConvertedCompYearly", "10000")));

        assertEquals(1, n(rows, "2024", "all", "all", ""));
    }

    @Test
    void a_row_with_pay_of_exactly_one_million_is_counted() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("ConvertedCompYearly", "1000000")));

        assertEquals(1, n(rows, "2024", "all", "all", ""));
    }

    @Test
    void a_row_with_pay_above_one_million_is_not_counted() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("ConvertedCompYearly", "1000001"), row2024()));

        assertEquals(1, n(rows, "2024", "all", "all", ""));
    }

    @Test
    void in_2023_pay_is_the_salary_column_within_the_same_bounds() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023("Salary", "0"), row2023("Salary", "9000000"),
                row2023("Salary", "10000")), NONE, NONE);

        assertEquals(1, n(rows, "2023", "all", "all", ""));
    }

    @Test
    void in_2024_only_developers_by_profession_are_counted() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024(), row2024("MainBranch",
                "I am not primarily a developer, but I write code sometimes as part of my work/studies")));

        assertEquals(1, n(rows, "2024", "all", "all", ""));
    }

    @Test
    void in_2023_every_row_counts_whatever_its_employment() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023(),
                row2023("Employment", "Independent contractor, freelancer, or self-employed")), NONE, NONE);

        assertEquals(2, n(rows, "2023", "all", "all", ""));
    }

    @Test
    void in_2025_the_bands_are_years_coding() throws IOException {
        List<Map<String, String>> rows = imported(dir, NONE, NONE, List.of(row2025("YearsCode", "4")));

        assertEquals(1, n(rows, "2025", "all", "all", "3"));
    }

    @Test
    void in_2024_the_bands_are_professional_years_not_years_coding() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("YearsCode", "12", "YearsCodePro", "7")));

        assertEquals(1, n(rows, "2024", "all", "all", "6"));
        assertEquals(0, n(rows, "2024", "all", "all", "11"));
    }

    @Test
    void two_years_are_in_the_first_band_and_three_in_the_second() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("YearsCodePro", "2"), row2024("YearsCodePro", "3")));

        assertEquals(1, n(rows, "2024", "all", "all", "0"));
        assertEquals(1, n(rows, "2024", "all", "all", "3"));
    }

    @Test
    void half_a_year_is_in_the_first_band() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023("YearsCodePro", "0.5")), NONE, NONE);

        assertEquals(1, n(rows, "2023", "all", "all", "0"));
    }

    @Test
    void eleven_years_are_in_the_eleven_to_fifteen_band_and_the_staff_band() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("YearsCodePro", "11")));

        assertEquals(1, n(rows, "2024", "all", "all", "11"));
        assertEquals(1, n(rows, "2024", "all", "all", "11+"));
    }

    @Test
    void twenty_one_years_are_in_the_open_band_and_the_staff_band_but_not_sixteen_to_twenty() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("YearsCodePro", "21")));

        assertEquals(1, n(rows, "2024", "all", "all", "21"));
        assertEquals(1, n(rows, "2024", "all", "all", "11+"));
        assertEquals(0, n(rows, "2024", "all", "all", "16"));
    }

    @Test
    void the_bands_have_the_issue_bounds_with_open_bands_ending_empty() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024()));

        List<String> bands = rows.stream().filter(r -> r.get("survey_year").equals("2024") && r.get("grouping").equals("all"))
                .map(r -> r.get("years_from") + "-" + r.get("years_to")).toList();

        assertEquals(List.of("-", "0-2", "3-5", "6-10", "11-15", "16-20", "21-", "11-"), bands);
    }

    @Test
    void a_blank_years_answer_counts_in_the_whole_group_only() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("YearsCodePro", "")));

        assertEquals(1, n(rows, "2024", "all", "all", ""));
        assertEquals(0, rows.stream().filter(r -> !r.get("years_from").isEmpty())
                .mapToInt(r -> Integer.parseInt(r.get("n"))).sum());
    }

    @Test
    void each_year_has_its_own_groupings() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023()), List.of(row2024()), List.of(row2025()));

        assertEquals(List.of("all", "devtype", "orgsize", "remote", "language"), groupings(rows, "2023"));
        assertEquals(List.of("all", "devtype", "orgsize", "remote"), groupings(rows, "2024"));
        assertEquals(List.of("all", "devtype", "language"), groupings(rows, "2025"));
        assertEquals(List.of("all", "devtype", "orgsize", "remote"), groupings(rows, "2023+2024"));
    }

    private static List<String> groupings(List<Map<String, String>> rows, String year) {
        return rows.stream().filter(r -> r.get("survey_year").equals(year)).map(r -> r.get("grouping")).distinct()
                .toList();
    }

    @Test
    void in_2025_the_devtype_is_the_first_item_column() throws IOException {
        List<Map<String, String>> rows = imported(dir, NONE, NONE, List.of(row2025("DevType_first_item",
                "Architect, software or solutions")));

        assertEquals(1, n(rows, "2025", "devtype", "Architect, software or solutions", ""));
    }

    @Test
    void languages_are_split_on_semicolons_and_count_each_respondent_once() throws IOException {
        List<Map<String, String>> rows = imported(dir, NONE, NONE, List.of(row2025("LanguageHaveWorkedWith",
                "Python;SQL;Python")));

        assertEquals(1, n(rows, "2025", "language", "Python", ""));
        assertEquals(1, n(rows, "2025", "language", "SQL", ""));
    }

    @Test
    void a_blank_answer_is_no_group_but_the_respondent_still_counts_in_all() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("DevType", "")));

        assertEquals(1, n(rows, "2024", "all", "all", ""));
        assertFalse(rows.stream().anyMatch(r -> r.get("grouping").equals("devtype") && r.get("group").isEmpty()));
    }

    @Test
    void pooled_rows_count_each_respondent_of_both_years_once() throws IOException {
        List<Map<String, String>> rows = imported(dir, times(2, row2023()), times(3, row2024()), times(4, row2025()));

        assertEquals(5, n(rows, "2023+2024", "all", "all", ""));
        assertEquals(5, n(rows, "2023+2024", "devtype", "Developer, full-stack", ""));
        assertEquals(5, n(rows, "2023+2024", "remote", "Remote", "6"));
    }

    @Test
    void pooled_rows_use_the_2024_label_for_a_2023_devtype() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023("DevType", "Engineer, data")),
                List.of(row2024("DevType", "Data engineer")), NONE);

        assertEquals(2, n(rows, "2023+2024", "devtype", "Data engineer", ""));
        assertEquals(1, n(rows, "2023", "devtype", "Engineer, data", ""));
    }

    @Test
    void pooled_rows_use_the_2024_label_for_2023_other() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023("DevType", "Other (please specify):")),
                List.of(row2024("DevType", "Other")), NONE);

        assertEquals(2, n(rows, "2023+2024", "devtype", "Other", ""));
    }

    @Test
    void pooled_rows_use_the_2024_words_for_2023_org_sizes() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023("OrgSize", "2-9"),
                row2023("OrgSize", "10,000 or more")), List.of(row2024("OrgSize", "2 to 9 employees")), NONE);

        assertEquals(2, n(rows, "2023+2024", "orgsize", "2 to 9 employees", ""));
        assertEquals(1, n(rows, "2023+2024", "orgsize", "10,000 or more employees", ""));
    }

    @Test
    void both_apostrophes_of_2023_i_dont_know_pool_under_2024_curly_one() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023("OrgSize", "I don't know"),
                row2023("OrgSize", "I don\u2019t know")), List.of(row2024("OrgSize", "I don\u2019t know")), NONE);

        assertEquals(3, n(rows, "2023+2024", "orgsize", "I don\u2019t know", ""));
    }

    @Test
    void single_year_rows_keep_the_survey_own_labels() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023("OrgSize", "2-9")), NONE, NONE);

        assertEquals(1, n(rows, "2023", "orgsize", "2-9", ""));
    }

    @Test
    void the_2025_respondents_are_not_in_the_pooled_rows() throws IOException {
        List<Map<String, String>> rows = imported(dir, NONE, NONE, List.of(row2025()));

        assertEquals(0, rows.stream().filter(r -> r.get("survey_year").equals("2023+2024")).count());
    }

    @Test
    void a_cell_of_fewer_than_thirty_keeps_its_n_and_leaves_the_figures_empty() throws IOException {
        List<Map<String, String>> rows = only2024(times(29, row2024()));
        Map<String, String> all = cell(rows, "2024", "all", "all", "");

        assertEquals("29", all.get("n"));
        assertEquals("", all.get("p25"));
        assertEquals("", all.get("median"));
        assertEquals("", all.get("p75"));
    }

    @Test
    void a_cell_of_thirty_prints_its_figures_in_whole_dollars() throws IOException {
        List<Map<String, String>> thirty = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            thirty.add(row2024("ConvertedCompYearly", Integer.toString(100_000 + i * 1_000)));
        }
        Map<String, String> all = cell(only2024(thirty), "2024", "all", "all", "");

        assertEquals("30", all.get("n"));
        assertEquals("108250", all.get("p25"));
        assertEquals("115500", all.get("median"));
        assertEquals("122750", all.get("p75"));
    }

    @Test
    void the_rows_come_in_the_stated_order_of_years() throws IOException {
        List<Map<String, String>> rows = imported(dir, List.of(row2023()), List.of(row2024()), List.of(row2025()));

        assertEquals(List.of("2023", "2024", "2025", "2023+2024"),
                rows.stream().map(r -> r.get("survey_year")).distinct().toList());
    }

    @Test
    void groups_are_in_character_order_within_a_grouping() throws IOException {
        List<Map<String, String>> rows = only2024(List.of(row2024("DevType", "Engineering manager"),
                row2024("DevType", "Developer, back-end"), row2024("DevType", "DevOps specialist")));

        assertEquals(List.of("DevOps specialist", "Developer, back-end", "Engineering manager"), rows.stream()
                .filter(r -> r.get("grouping").equals("devtype")).map(r -> r.get("group")).distinct().toList());
    }
}
