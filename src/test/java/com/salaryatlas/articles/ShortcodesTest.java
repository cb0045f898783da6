package com.salaryatlas.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.dataset.DatasetReader;
import com.salaryatlas.web.Chart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey, price, constant-dollar and chart shortcodes against the fixture dataset: each prints the figure the
 * estimate code gives, and each figure no source gives stops the start with file:line. Fixture figures used below:
 * CA median 169,000 at a price parity of 110.720 and WA 165,000 at 107.013 (May 2024); the national median 125,000 in
 * May 2023 and 130,000 in May 2024, with CPI-U May 304.127 and 314.069.
 */
class ShortcodesTest {

    private final Fixtures.Model model = Fixtures.fixtureModel();

    @TempDir
    Path dir;

    /** The article's HTML with {@code body} as its second body line (file line 13). */
    private Article article(String body) throws IOException {
        write(body);
        return model.articles(dir).find("probe").orElseThrow();
    }

    private String html(String body) throws IOException {
        Article a = article("Opening.\n" + body);
        return a.lede() + a.html();
    }

    private String error(String body) throws IOException {
        write("Opening.\n" + body);
        return assertThrows(ContentException.class, () -> model.articles(dir)).getMessage();
    }

    private void write(String body) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/probe.md"), "---\ntitle: \"Probe\"\nslug: probe\nkind: guide\n"
                + "description: \"d\"\nroles: [reference]\npublished: 2026-01-01\nupdated: 2026-01-01\n"
                + "sources: [survey]\n---\n\n" + body + "\n");
    }

    @Test
    void a_rule_prints_the_threshold_the_code_applies() throws IOException {
        assertTrue(html("{{rule:survey-cell}}, {{rule:shrink}}, {{rule:small-mean-rse}}").contains("30, 100, 20%"));
    }

    @Test
    void an_unknown_rule_stops_the_start() throws IOException {
        assertTrue(error("{{rule:patience}}").contains("no rule 'patience'"));
    }

    @Test
    void a_level_prints_its_label_years_and_typical_years_as_the_calculator_uses_them() throws IOException {
        assertTrue(html("{{level:staff:label}} ({{level:staff:years}}): {{level:staff:typical}}")
                .contains("Staff or principal (more than 10 years): 14 years"));
    }

    @Test
    void an_unknown_level_stops_the_start() throws IOException {
        assertTrue(error("{{level:wizard:label}}").contains("no level 'wizard'"));
    }

    @Test
    void survey_prints_a_pooled_cells_quartiles_as_money_and_its_answers_as_a_count() throws IOException {
        String html = html("{{survey:pooled:all:all:all:p25}} {{survey:pooled:all:all:all:median}} "
                + "{{survey:pooled:all:all:all:p75}} {{survey:pooled:all:all:all:n}}");
        assertTrue(html.contains("$100,000 $140,000 $190,000 400"), html);
    }

    @Test
    void survey_groups_are_named_by_their_label_as_a_slug() throws IOException {
        String html = html("{{survey:pooled:devtype:developer-back-end:3-5:median}} and "
                + "{{survey:pooled:orgsize:10-000-or-more-employees:all:median}}");
        assertTrue(html.contains("$118,000 and $165,000"), html);
    }

    @Test
    void survey_bands_open_at_the_top_are_written_up() throws IOException {
        String html = html("{{survey:pooled:all:all:21-up:median}} and {{survey:pooled:devtype:developer-back-end:11-up:n}}");
        assertTrue(html.contains("$168,000 and 55"), html);
    }

    @Test
    void surveycell_prints_the_median_with_its_answers() throws IOException {
        assertTrue(html("Reported: {{surveycell:pooled:all:all:all}}.").contains("Reported: $140,000 (n = 400)."));
    }

    @Test
    void a_small_cells_answers_can_be_counted() throws IOException {
        assertTrue(html("Only {{survey:pooled:devtype:developer-back-end:0-2:n}} answered.").contains("Only 20 answered."));
    }

    @Test
    void a_survey_cell_under_thirty_answers_stops_the_start_with_file_and_line() throws IOException {
        assertEquals("content/articles/probe.md:13: {{surveycell:pooled:devtype:developer-back-end:0-2}}: that cell "
                + "has 20 answers, under the 30 the survey needs for a figure",
                error("{{surveycell:pooled:devtype:developer-back-end:0-2}}"));
    }

    @Test
    void an_unknown_survey_group_stops_the_start_with_file_and_line() throws IOException {
        assertEquals("content/articles/probe.md:13: {{survey:pooled:devtype:astronaut:all:median}}: survey_pay.csv "
                + "has no group 'astronaut' under devtype in pooled", error("{{survey:pooled:devtype:astronaut:all:median}}"));
    }

    @Test
    void an_unknown_survey_year_or_band_stops_the_start() throws IOException {
        assertTrue(error("{{surveycell:2022:all:all:all}}").endsWith("unknown survey year '2022'; use 2023, 2024, 2025 or pooled"));
        assertTrue(error("{{surveycell:pooled:all:all:1-4}}").endsWith("survey_pay.csv has no band '1-4' for that group in pooled"));
    }

    @Test
    void rpp_prints_the_price_parity_of_the_state_files_year_to_one_decimal() throws IOException {
        assertTrue(html("Washington {{rpp:wa}}, California {{rpp:ca}}.").contains("Washington 107.0, California 110.7."));
    }

    @Test
    void a_territory_has_no_price_parity() throws IOException {
        assertTrue(error("{{rpp:pr}}").startsWith("content/articles/probe.md:13: {{rpp:pr}}: price_parities.csv has no "
                + "price parity for Puerto Rico"));
    }

    @Test
    void realmedian_divides_the_state_median_by_the_price_parity() throws IOException {
        // 169,000 / 1.10720 = 152,637.3; 165,000 / 1.07013 = 154,186.9.
        String html = html("{{realmedian:reference:ca}} and {{realmedian:reference:wa}}");
        assertTrue(html.contains("$152,637 and $154,187"), html);
    }

    @Test
    void rank_and_realrank_order_the_rankable_states_by_median_and_by_price_adjusted_median() throws IOException {
        String html = html("{{rank:reference:ca}} {{rank:reference:wa}} {{realrank:reference:ca}} {{realrank:reference:wa}}");
        assertTrue(html.contains("1st 2nd 2nd 1st"), html);
    }

    @Test
    void a_small_sample_state_is_not_ranked() throws IOException {
        assertTrue(error("{{rank:reference:vi}}").endsWith("Virgin Islands is not ranked for that occupation "
                + "(a territory, a withheld median or a small sample)"));
    }

    @Test
    void topstate_names_the_state_at_a_place_in_either_ranking() throws IOException {
        String html = html("{{topstate:reference:median:1}}, {{topstate:reference:real:1}}, {{topstate:reference:real:2}}");
        assertTrue(html.contains("California, Washington, California"), html);
    }

    @Test
    void topstate_beyond_the_ranked_states_stops_the_start() throws IOException {
        assertEquals("content/articles/probe.md:13: {{topstate:reference:real:3}}: row 3 does not exist; there are 2",
                error("{{topstate:reference:real:3}}"));
    }

    @Test
    void constant_restates_a_years_national_median_in_the_newest_mays_dollars() throws IOException {
        // 125,000 x 314.069 / 304.127 = 129,086.3; 48,000 x the same = 49,569.1.
        String html = html("{{constant:reference:2023}}, {{constant:reference:2024}}, {{constant:all-occupations:2023}}");
        assertTrue(html.contains("$129,086, $130,000, $49,569"), html);
    }

    @Test
    void realchange_and_nominalchange_are_signed_percentages_from_the_first_year_to_the_newest() throws IOException {
        // 130,000 / 129,086.3 = +0.7%; 130,000 / 125,000 = +4%; 49,500 / 49,569.1 = -0.1%; 49,500 / 48,000 = +3.1%.
        String html = html("{{realchange:reference}} {{nominalchange:reference}} {{realchange:all-occupations}} "
                + "{{nominalchange:all-occupations}}");
        assertTrue(html.contains("+0.7% +4% \u22120.1% +3.1%"), html);
    }

    @Test
    void dollars_names_the_constant_dollar_base() throws IOException {
        assertTrue(html("In {{dollars}}.").contains("In May 2024 dollars."));
    }

    @Test
    void a_change_with_no_first_year_figure_stops_the_start() throws IOException {
        assertEquals("content/articles/probe.md:13: {{realchange:median-only}}: oews_national.csv has no figure for "
                + "that occupation in May 2023 or May 2024", error("{{realchange:median-only}}"));
    }

    @Test
    void a_top_coded_year_stops_the_start_with_file_and_line() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(Fixtures.FIXTURE_DATA)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        // The 2023 software developers' median, 75th and 90th percentiles at BLS's cap: published only as "or more".
        String national = Files.readString(data.resolve("oews_national.csv")).replace(
                "Software Developers,1600000,0.7,,,135000,0.4,76000,96000,125000,160000,200000",
                "Software Developers,1600000,0.7,,,135000,0.4,76000,96000,239200+,239200+,239200+");
        Files.writeString(data.resolve("oews_national.csv"), national);
        Fixtures.Model capped = Fixtures.Model.of(new DatasetReader(data).read());
        write("Opening.\nPrices took {{realchange:reference}}.");
        assertEquals("content/articles/probe.md:13: {{realchange:reference}}: BLS published the median of May 2023 or "
                + "May 2024 only as a lower bound (top-coded), so it has no change",
                assertThrows(ContentException.class, () -> capped.articles(dir)).getMessage());
        write("Opening.\nThen {{constant:reference:2023}}.");
        assertEquals("content/articles/probe.md:13: {{constant:reference:2023}}: BLS published the May 2023 median "
                + "only as a lower bound (top-coded) or not at all",
                assertThrows(ContentException.class, () -> capped.articles(dir)).getMessage());
    }

    @Test
    void a_chart_shortcode_places_the_chart_with_its_table_where_it_stands() throws IOException {
        Article a = article("Opening.\n\n{{chart:pair:reference:ranged}}\n\nAfter the chart.");
        Chart chart = a.charts().get("article-chart-1");
        assertEquals("National base pay by percentile, both roles", chart.title());
        assertFalse(chart.tableShownNearby(), "the table prints under the chart");
        List<Article.Part> parts = a.parts();
        assertEquals(chart, parts.get(0).chart());
        assertNull(parts.get(1).chart());
        assertTrue(parts.get(1).html().contains("After the chart."), parts.get(1).html());
    }

    @Test
    void every_chart_in_an_article_gets_its_own_element_id() throws IOException {
        Article a = article("Opening.\n\n{{chart:states-real:reference}}\n\n{{chart:real-change}}\n\n{{chart:experience:reference}}\n");
        assertEquals(List.of("article-chart-1", "article-chart-2", "article-chart-3"),
                a.parts().stream().map(p -> p.chart().id()).toList());
    }

    @Test
    void the_states_real_chart_ranks_by_the_price_adjusted_median() throws IOException {
        Chart chart = article("Opening.\n\n{{chart:states-real:reference}}\n").charts().get("article-chart-1");
        assertEquals(List.of("1st Washington", "$165,000", "$154,187", "2nd"), chart.tableRows().get(0));
    }

    @Test
    void the_real_change_chart_lists_every_computer_occupation_and_says_why_one_has_no_change() throws IOException {
        Chart chart = article("Opening.\n\n{{chart:real-change}}\n").charts().get("article-chart-1");
        assertEquals(List.of("Software Developers (15-1252)", "+4%", "+0.7%"), chart.tableRows().get(0));
        assertEquals(List.of("Web Developers (15-1254)", "no figure for both years", "no figure for both years"),
                chart.tableRows().get(1));
    }

    @Test
    void the_experience_chart_gives_each_bands_median_with_its_answers() throws IOException {
        Chart chart = article("Opening.\n\n{{chart:experience:reference}}\n").charts().get("article-chart-1");
        assertEquals(List.of("3–5 years", "$118,000", "35"), chart.tableRows().get(0));
    }

    @Test
    void a_chart_inside_a_sentence_stops_the_start() throws IOException {
        assertEquals("content/articles/probe.md:13: {{chart:real-change}}: a chart stands alone on its own line",
                error("See {{chart:real-change}} here."));
    }

    @Test
    void an_experience_chart_for_a_role_without_a_survey_group_stops_the_start() throws IOException {
        assertEquals("content/articles/probe.md:13: {{chart:experience:ranged}}: no survey group with figures stands "
                + "for that role (survey_groups.csv)", error("{{chart:experience:ranged}}"));
    }
    /** A reference page (content/pages/probe.md) whose body is {@code body}, from its first body line (file line 6). */
    private Page page(String body) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/probe.md"), "---\ntitle: \"Probe\"\ndescription: \"d\"\n"
                + "updated: 2026-01-01\n---\n" + body + "\n");
        return model.articles(dir).page("probe").orElseThrow();
    }

    private String pageError(String body) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/probe.md"), "---\ntitle: \"Probe\"\ndescription: \"d\"\n"
                + "updated: 2026-01-01\n---\n" + body + "\n");
        return assertThrows(ContentException.class, () -> model.articles(dir)).getMessage();
    }

    @Test
    void a_table_shortcode_places_its_table_by_name_where_it_stands_in_a_reference_page() throws IOException {
        List<Page.Part> parts = page("Before.\n\n{{table:languages}}\n\nAfter.").parts();
        assertEquals("languages", parts.get(1).table());
        assertTrue(parts.get(2).html().contains("After."), parts.get(2).html());
    }

    @Test
    void an_unknown_table_stops_the_start_naming_the_tables_there_are() throws IOException {
        assertTrue(pageError("{{table:salaries}}").endsWith("unknown table 'salaries'; use languages"),
                pageError("{{table:salaries}}"));
    }

    @Test
    void a_table_inside_a_sentence_stops_the_start() throws IOException {
        assertTrue(pageError("See {{table:languages}} here.").endsWith("a table stands alone on its own line"));
    }

    @Test
    void a_table_in_an_article_stops_the_start() throws IOException {
        assertTrue(error("\n{{table:languages}}\n").contains("a table can be placed only in a reference page"));
    }

    @Test
    void top_names_the_role_with_the_highest_median_of_those_listed() throws IOException {
        // Senior Title's measured median, 142,800, against 130,000 for the others.
        assertTrue(html("First: {{top:reference:senior-title:ranged}}.").contains("First: Senior Title."));
    }

    @Test
    void top_names_every_role_sharing_the_highest_median() throws IOException {
        // Reference publishes 130,000; Ranged takes 15-1252's 130,000.
        assertTrue(html("First: {{top:reference:ranged}}.").contains("First: Reference Developer and Ranged Role."));
    }

    @Test
    void top_with_one_role_stops_the_start() {
        assertTrue(assertThrows(ContentException.class, () -> {
            write("Opening.\n{{top:reference}}");
            model.articles(dir);
        }).getMessage().contains("expects two roles or more"));
    }

    @Test
    void pct_marks_a_titles_point_held_at_blss_90th() throws IOException {
        // Senior Title's 90th percentile ranks at 92, above 15-1252's 90th (210,000).
        assertTrue(html("Top: {{pct:senior-title:p90}}.").contains("Top: $210,000 (at or above)."));
    }

    @Test
    void pct_leaves_a_point_within_blss_range_unmarked() throws IOException {
        // Senior Title's median ranks at 58: 130,000 + 8/25 x 40,000.
        assertTrue(html("Middle: {{pct:senior-title:median}}.").contains("Middle: $142,800."));
    }
}
