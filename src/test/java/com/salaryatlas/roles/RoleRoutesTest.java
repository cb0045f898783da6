package com.salaryatlas.roles;

import static com.salaryatlas.Http.caption;
import static com.salaryatlas.Http.count;
import static com.salaryatlas.Http.dollars;
import static com.salaryatlas.Http.jsonLd;
import static com.salaryatlas.Http.row;
import static com.salaryatlas.Http.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.Fixtures;
import com.salaryatlas.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The role pages built on the official figures, against the fixture: fixture-occupation is the occupation 15-1252
 * (May 2023 and May 2024 national rows, May 2024 state rows for California, Washington, Texas, all suppressed, Puerto
 * Rico and the Virgin Islands, 40 workers; two industries); reference is a job title counted in it. BEA's parities for
 * 2024: California 110.720, Washington 107.013, none for the territories; CPI-U May 2023 304.127, May 2024 314.069.
 * The job outlook's figures are read from the fixture's projections.csv (what import-ep makes of BLS's 2024-34 table).
 */
class RoleRoutesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] PERCENTILE_ROWS = {"10th percentile", "25th percentile", "Median (50th)", "75th percentile",
        "90th percentile"};
    static final String[] SCHEMA_KEYS = {"percentile10", "percentile25", "median", "percentile75", "percentile90"};
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.serving();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String page(String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(1, count(response.body(), "<h1"), path + " has one h1");
        return response.body();
    }

    private static JsonNode salary(String html) {
        try {
            JsonNode ld = JSON.readTree(jsonLd(html));
            assertEquals("Occupation", ld.get("@type").asText());
            assertEquals(1, ld.get("estimatedSalary").size());
            return ld.get("estimatedSalary").get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String lede(String html) {
        int start = html.indexOf("<p class=\"lede\">");
        return html.substring(start, html.indexOf("</p>", start)).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    /** The JSON-LD percentiles say exactly what the page's percentile table says. */
    private static void assertJsonLdMatchesThePercentileTable(String html, String caption) {
        JsonNode salary = salary(html);
        assertEquals("USD", salary.get("currency").asText());
        assertEquals("P1Y", salary.get("duration").asText());
        for (int i = 0; i < PERCENTILE_ROWS.length; i++) {
            long fromTable = dollars(row(html, caption, PERCENTILE_ROWS[i]).get(1));
            assertEquals(fromTable, salary.get(SCHEMA_KEYS[i]).asLong(), SCHEMA_KEYS[i]);
        }
    }

    @Test
    void an_occupation_page_shows_its_period_pay_over_time_with_the_median_change() {
        String html = page("/salaries/fixture-occupation");
        assertTrue(html.contains("<p class=\"key-figure__label\">Period</p><p class=\"key-figure__value\">May 2024</p>"),
                "the latest official period");
        assertTrue(html.contains("<p class=\"key-figure__value\">$140,000</p>") && html.contains("1,650,000"),
                "the official mean and employment");
        String trend = "Annual pay of Software Developers (BLS 15-1252)";
        assertEquals("Annual pay of Software Developers (BLS 15-1252), May 2023 to May 2024", caption(html, trend));
        assertEquals(List.of("May 2023", "$76,000", "$96,000", "$125,000", "$160,000", "$200,000", "$135,000", "—"),
                row(html, trend, "May 2023"));
        assertEquals(List.of("May 2024", "$80,000", "$100,000", "$130,000", "$170,000", "$210,000", "$140,000", "+4%"),
                row(html, trend, "May 2024"), "$125,000 to $130,000 is +4%");
        assertEquals(List.of("May 2024", "$38.46", "$48.08", "$62.50", "$81.73", "$100.96"),
                row(html, "Hourly pay of Software Developers", "May 2024"));
        assertTrue(html.contains("id=\"chart-trend\""));
    }

    @Test
    void an_occupation_page_lists_every_state_linked_to_its_page_and_every_industry() {
        String html = page("/salaries/fixture-occupation");
        String states = "Pay of Software Developers (BLS 15-1252) by state and territory";
        // California's median in national-average prices: 169,000 / 1.1072 = 152,637.28
        assertEquals(List.of("California", "$169,000", "$152,637", "$175,000", "300,000", "+30%"),
                row(html, states, "California"));
        assertEquals(List.of("Puerto Rico", "$65,000", "no price level", "$70,000", "900", "−50%"),
                row(html, states, "Puerto Rico"));
        assertEquals(List.of("Texas", "not published", "not published", "not published", "not published", "—"),
                row(html, states, "Texas"));
        for (String state : new String[] {"california", "puerto-rico", "texas"}) {
            assertTrue(html.contains("<th scope=\"row\"><a href=\"/salaries/fixture-occupation/" + state + "\">"), state);
        }
        String industries = "Pay of Software Developers (BLS 15-1252) by industry";
        assertEquals(List.of(List.of("Software Publishers", "industry", "$156,000", "200,000", "+20%"),
                List.of("Federal Executive Branch (OEWS Designation)", "industry", "$117,000", "200",
                        "−10% (fewer than 0.5% of establishments reported this occupation)")),
                rows(html, industries), "highest median first, each against the $130,000 cross-industry median");
    }

    @Test
    void an_occupation_page_carries_json_ld_whose_percentiles_are_the_tables() {
        String html = page("/salaries/fixture-occupation");
        String table = "National base pay for Fixture Occupations, by percentile";
        assertEquals(List.of("Median (50th)", "$130,000", "$62.50"), row(html, table, "Median (50th)"));
        assertJsonLdMatchesThePercentileTable(html, table);
        assertEquals(210_000, salary(html).get("percentile90").asLong());
        assertFalse(html.contains("is a job title BLS does not publish"), "an occupation is what BLS publishes");
    }

    @Test
    void a_title_page_says_bls_does_not_publish_it_and_links_to_its_occupation() {
        String html = page("/salaries/reference");
        assertTrue(html.contains("<span>Reference Developer</span> is a job title BLS does not publish."), html);
        assertTrue(html.contains("<a href=\"/salaries/fixture-occupation\">Software Developers (BLS 15-1252)</a>"),
                "links to the occupation's page");
        assertTrue(html.contains("<p class=\"key-figure__value\">May 2024</p>"), "the official period");
        assertEquals("+4%", row(html, "Annual pay of Software Developers", "May 2024").get(7), "the occupation's trend");
        assertEquals("$169,000", row(html, "Pay of Software Developers (BLS 15-1252) by state", "California").get(1));
        assertTrue(html.contains("<a href=\"/salaries/fixture-occupation/california\">California</a>"),
                "a title's states link to its occupation's state pages");
        assertFalse(html.contains("href=\"/salaries/reference/california\""), "a title has no state pages of its own");
        assertEquals(2, rows(html, "Pay of Software Developers (BLS 15-1252) by industry").size());
    }

    @Test
    void a_title_page_carries_json_ld_whose_percentiles_are_its_own_table() {
        String html = page("/salaries/reference");
        assertJsonLdMatchesThePercentileTable(html, "National base pay for Reference Developers, by percentile");
    }

    @Test
    void a_state_page_shows_the_official_percentiles_annual_and_hourly_with_the_top_coded_wage_marked() {
        String html = page("/salaries/fixture-occupation/california");
        assertTrue(html.contains("<h1>Fixture Occupation salary in California</h1>"));
        String pay = "Pay of Software Developers (BLS 15-1252) in California";
        assertEquals("Pay of Software Developers (BLS 15-1252) in California, May 2024", caption(html, pay), "the period");
        assertEquals(List.of(
                List.of("10th percentile", "$100,000", "$48.08"),
                List.of("25th percentile", "$130,000", "$62.50"),
                List.of("Median", "$169,000", "$81.25"),
                List.of("75th percentile", "$210,000", "$100.96"),
                List.of("90th percentile", "$239,200 or more", "$115.00 or more"),
                List.of("Mean", "$175,000", "$84.13")), rows(html, pay).stream().map(r -> r.subList(0, 3)).toList());
        assertTrue(html.contains("<a href=\"/sources#fixture-states-2024\">BLS OEWS, May 2024</a>"), "source and period");
    }

    @Test
    void a_state_page_compares_the_state_with_the_nation() {
        String html = page("/salaries/fixture-occupation/california");
        String versus = "California against the nation";
        assertEquals(List.of(
                List.of("Median", "$169,000", "$130,000", "+30%"),
                List.of("Mean", "$175,000", "$140,000", "+25%"),
                List.of("Employment", "300,000", "1,650,000", "—"),
                List.of("Jobs per 1,000", "16.50", "—", "—"),
                List.of("Location quotient", "1.90", "1.00", "—")), rows(html, versus));
        assertTrue(lede(html).contains("earn less than $169,000 a year, +30% against the national median"), "the lede says it too");
    }

    @Test
    void a_state_page_json_ld_leaves_out_the_top_coded_percentile_rather_than_guess() {
        String html = page("/salaries/fixture-occupation/california");
        JsonNode salary = salary(html);
        assertEquals(100_000, salary.get("percentile10").asLong());
        assertEquals(130_000, salary.get("percentile25").asLong());
        assertEquals(169_000, salary.get("median").asLong());
        assertEquals(210_000, salary.get("percentile75").asLong());
        assertFalse(salary.has("percentile90"), "$239,200 is a floor, not a figure");
    }

    @Test
    void a_state_whose_figures_bls_withheld_says_not_published_rather_than_zero() {
        HttpResponse<String> response = site.get("/salaries/fixture-occupation/texas");
        assertEquals(200, response.statusCode());
        String html = response.body();
        for (List<String> row : rows(html, "Pay of Software Developers (BLS 15-1252) in Texas")) {
            assertEquals(List.of("not published", "not published"), row.subList(1, 3), row.get(0));
        }
        List<List<String>> versus = rows(html, "Texas against the nation");
        for (List<String> row : versus) {
            assertEquals("not published", row.get(1), row.get(0));
        }
        assertFalse(html.contains("$0") || html.contains(">0<"), "never a zero");
    }

    @Test
    void a_state_whose_median_bls_withheld_does_not_build_a_sentence_around_the_missing_figure() {
        String html = page("/salaries/fixture-occupation/texas");
        String lede = lede(html);
        assertFalse(lede.contains("earn less than not published a year"), lede);
        assertFalse(lede.contains("— against the national median"), lede);
    }

    @Test
    void a_territory_has_its_page_too() {
        String html = page("/salaries/fixture-occupation/puerto-rico");
        assertTrue(html.contains("<h1>Fixture Occupation salary in Puerto Rico</h1>"));
        assertEquals(List.of("Median", "$65,000", "$31.25"),
                row(html, "Pay of Software Developers (BLS 15-1252) in Puerto Rico", "Median"));
        assertEquals(List.of("Median", "$65,000", "$130,000", "−50%"), row(html, "Puerto Rico against the nation", "Median"));
        assertEquals(100_000, salary(html).get("percentile90").asLong(), "not top-coded here, so published");
    }

    @Test
    void a_state_page_exists_only_for_an_occupation_and_a_state_at_its_canonical_slug() {
        List<String> wrong = new ArrayList<>();
        for (String path : new String[] {"/salaries/fixture-occupation/atlantis", "/salaries/astronaut/california",
            "/salaries/reference/california", "/salaries/fixture-occupation/ca"}) {
            HttpResponse<String> response = site.get(path);
            if (response.statusCode() != 404 || !response.body().contains("We could not find that page")) {
                wrong.add(path + " -> " + response.statusCode());
            }
        }
        assertEquals(List.of(), wrong, "each answers the site's 404 page");
    }

    @Test
    void a_state_slug_in_capitals_moves_to_its_lowercase_page() {
        assertEquals("/salaries/fixture-occupation/california",
                site.get("/salaries/fixture-occupation/California").headers().firstValue("Location").orElse(""));
    }

    @Test
    void a_senior_only_title_links_to_the_calculator_at_a_level_it_covers() {
        String html = site.get("/salaries/senior-title").body();
        assertTrue(html.contains("href=\"/calculator?role=senior-title&amp;level=senior&amp;location=us\""), html);
    }

    @Test
    void every_calculator_link_on_a_senior_only_titles_page_answers_200() {
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"(/calculator\\?[^\"]+)\"")
                .matcher(site.get("/salaries/senior-title").body());
        int checked = 0;
        while (links.find()) {
            String link = links.group(1).replace("&amp;", "&");
            assertEquals(200, site.get(link).statusCode(), link);
            checked++;
        }
        assertTrue(checked > 0, "the page links to the calculator");
    }

    @Test
    void the_sources_table_note_reads_as_a_sentence() {
        String html = site.get("/salaries/reference").body();
        assertFalse(html.contains("withTextColumns"), "no code in the prose");
    }

    @Test
    void a_role_with_a_survey_group_shows_what_developers_report() {
        assertTrue(site.get("/salaries/reference").body().contains("<h2 id=\"developers-report\">What developers report</h2>"));
    }

    @Test
    void the_survey_table_gives_each_experience_band_with_its_answers_and_median() {
        // Fixture survey_pay.csv, pooled 2023+2024 "Developer, back-end", 3–5 years: n 35, p25 95,000, median 118,000, p75 140,000.
        assertEquals(List.of("3–5 years", "35", "$95,000", "$118,000", "$140,000"),
                row(site.get("/salaries/reference").body(), "Total pay “Developer, back-end” reported", "3–5 years"));
    }

    @Test
    void a_survey_band_under_thirty_answers_shows_no_figures() {
        // Fixture: 0–2 years has 20 answers, under the 30 the importer requires for figures.
        assertEquals("too few answers (20)",
                row(site.get("/salaries/reference").body(), "Total pay “Developer, back-end” reported", "0–2 years").get(3));
    }

    @Test
    void the_staff_band_of_eleven_and_more_is_not_listed_beside_the_plain_bands() {
        assertFalse(site.get("/salaries/reference").body().contains("11 or more years"));
    }

    @Test
    void company_sizes_are_listed_smallest_first() {
        String html = site.get("/salaries/reference").body();
        assertTrue(html.indexOf("2 to 9 employees") < html.indexOf("20 to 99 employees"));
    }

    @Test
    void the_survey_section_sets_the_groups_own_median_beside_the_bls_base_wage() {
        // Fixture: the back-end type's all-bands cell has median 150,000.
        assertTrue(site.get("/salaries/reference").body().contains("the survey's median across every band of experience is <strong>$150,000</strong>"));
    }

    @Test
    void a_role_without_a_survey_group_has_no_survey_section() {
        assertFalse(site.get("/salaries/median-only").body().contains("What developers report"));
    }

    @Test
    void a_state_page_prints_each_figure_in_national_average_prices_beside_its_own() {
        String html = page("/salaries/fixture-occupation/california");
        String pay = "Pay of Software Developers (BLS 15-1252) in California";
        // 169,000 / 1.1072 = 152,637.28; 81.25 / 1.1072 = 73.38
        assertEquals(List.of("Median", "$169,000", "$81.25", "$152,637", "$73.38"), row(html, pay, "Median"));
        // 239,200 / 1.1072 = 216,040.46, still a lower bound
        assertEquals("$216,040 or more", row(html, pay, "90th percentile").get(3));
        // 175,000 / 1.1072 = 158,056.36
        assertEquals("$158,056", row(html, pay, "Mean").get(3));
    }

    @Test
    void a_state_page_names_its_price_parity_and_its_year() {
        String html = page("/salaries/fixture-occupation/california");
        assertTrue(html.contains("Prices in California were 10.7% above the U.S. average in 2024 (BEA&#39;s regional "
                + "price parity 110.72, U.S. = 100)."), "110.720 − 100 = 10.72, rounded to 10.7%");
    }

    @Test
    void a_state_page_ranks_the_state_by_median_and_by_median_in_national_average_prices() {
        // California 169,000 beats Washington 165,000; in national prices Washington's 154,187 beats California's 152,637.
        assertTrue(page("/salaries/fixture-occupation/california").contains(
                "California ranks 1st of 2 by median pay and 2nd of 2 once prices are taken into account."));
        assertTrue(page("/salaries/fixture-occupation/washington").contains(
                "Washington ranks 2nd of 2 by median pay and 1st of 2 once prices are taken into account."));
    }

    @Test
    void a_territory_says_plainly_that_it_has_no_price_level() {
        String html = page("/salaries/fixture-occupation/puerto-rico");
        assertTrue(html.contains("BEA publishes no price level for Puerto Rico"));
        assertEquals(3, row(html, "Pay of Software Developers (BLS 15-1252) in Puerto Rico", "Median").size(),
                "no column in national-average prices");
    }

    @Test
    void a_small_sample_is_flagged_where_it_is_printed() {
        String html = page("/salaries/fixture-occupation/virgin-islands");
        assertTrue(html.contains("These figures rest on few workers"));
        assertEquals("$162,820 (small sample)",
                row(html, "Pay of Software Developers (BLS 15-1252) in Virgin Islands", "Median").get(1));
        assertEquals("$162,820 (small sample)",
                row(html, "Pay of Software Developers (BLS 15-1252) by state", "Virgin Islands").get(1));
    }

    @Test
    void a_small_sample_is_left_out_of_the_state_rankings() {
        String html = page("/salaries/fixture-occupation");
        List<String> ranked = rows(html, "States ranked by median").stream().map(r -> r.get(0)).toList();
        assertEquals(List.of("1st California", "2nd Washington"), ranked, "no Virgin Islands, though its 162,820 is third");
    }

    @Test
    void a_role_page_names_the_state_where_the_median_buys_the_most() {
        String html = page("/salaries/fixture-occupation");
        // Washington: 165,000 / 1.07013 = 154,186.87, above California's 152,637.28
        assertTrue(html.contains("<a href=\"/salaries/fixture-occupation/washington\">Washington</a>"));
        assertTrue(html.contains("$165,000, or $154,187 in national-average prices, May 2024"));
    }

    @Test
    void sort_real_ranks_the_states_by_median_in_national_average_prices() {
        String html = page("/salaries/fixture-occupation?sort=real");
        List<String> order = rows(html, "Pay of Software Developers (BLS 15-1252) by state").stream()
                .map(r -> r.get(0)).toList();
        assertEquals(List.of("Washington", "California", "Puerto Rico", "Texas", "Virgin Islands"), order,
                "ranked first, then by name the places without a rank");
        assertEquals(List.of("1st Washington", "2nd California"), rows(html,
                "States ranked by median in national-average prices").stream().map(r -> r.get(0)).toList());
    }

    /** The states map's tile of one place: its list item, from the class to the closing tag. */
    private static String tile(String html, String name) {
        int title = html.indexOf("title=\"" + name + ":");
        assertTrue(title > 0, "a tile for " + name);
        int start = html.lastIndexOf("<li class=\"tile ", title);
        return html.substring(start, html.indexOf("</li>", title));
    }

    @Test
    void the_states_map_is_shaded_by_the_median_by_default() {
        String html = page("/salaries/fixture-occupation");
        // California 169,000 against the national 130,000 (May 2024): +30%, 10% or more above
        assertTrue(tile(html, "California").contains("tile--high"), tile(html, "California"));
        assertTrue(tile(html, "California").contains("title=\"California: $169,000\""));
        assertTrue(html.replace("&#39;", "'").contains("Shaded by each state's median for Software Developers (BLS 15-1252) against the "
                + "national median, May 2024."));
    }

    @Test
    void sort_real_shades_the_states_map_by_the_median_in_national_average_prices() {
        String html = page("/salaries/fixture-occupation?sort=real");
        // California 169,000 / 1.10720 = 152,637.28, +17.4% against the national 130,000
        assertTrue(tile(html, "California").contains("title=\"California: $152,637 in national-average prices\""),
                tile(html, "California"));
        assertTrue(tile(html, "California").contains("tile--high"));
        // Washington 165,000 / 1.07013 = 154,186.87
        assertTrue(tile(html, "Washington").contains("title=\"Washington: $154,187 in national-average prices\""));
    }

    @Test
    void the_price_adjusted_map_names_its_measure_and_the_parity_year() {
        assertTrue(page("/salaries/fixture-occupation?sort=real").replace("&#39;", "'").contains("Shaded by each state's median for Software "
                + "Developers (BLS 15-1252) in national-average prices (the median divided by the state's price level, "
                + "BEA's regional price parities for 2024) against the national median, May 2024."));
    }

    @Test
    void the_price_adjusted_map_leaves_the_territories_unshaded_with_no_price_level() {
        String html = page("/salaries/fixture-occupation?sort=real");
        // Puerto Rico publishes a median (65,000) but BEA no parity
        assertTrue(tile(html, "Puerto Rico").contains("title=\"Puerto Rico: no price level\""), tile(html, "Puerto Rico"));
        assertTrue(tile(html, "Puerto Rico").contains("tile--none"));
    }

    @Test
    void the_default_map_shades_a_territory_by_its_median() {
        // Puerto Rico 65,000 against 130,000: −50%, more than 10% below
        assertTrue(tile(page("/salaries/fixture-occupation"), "Puerto Rico").contains("tile--low"));
    }

    @Test
    void each_map_links_to_the_other_measure_without_javascript() {
        assertTrue(page("/salaries/fixture-occupation").contains(
                "<a href=\"/salaries/fixture-occupation?sort=real#by-state\">Map and rank the states by what the median buys</a>"));
        assertTrue(page("/salaries/fixture-occupation?sort=real").contains(
                "<a href=\"/salaries/fixture-occupation#by-state\">Map and rank the states by median pay</a>"));
    }

    @Test
    void the_default_state_table_is_by_name() {
        List<String> order = rows(page("/salaries/fixture-occupation"), "Pay of Software Developers (BLS 15-1252) by state")
                .stream().map(r -> r.get(0)).toList();
        assertEquals(List.of("California", "Puerto Rico", "Texas", "Virgin Islands", "Washington"), order);
    }

    @Test
    void the_ranked_page_keeps_the_pages_own_canonical_url() {
        assertTrue(page("/salaries/fixture-occupation?sort=real")
                .contains("<link rel=\"canonical\" href=\"https://salaryatlas.test/salaries/fixture-occupation\">"));
    }

    @Test
    void an_unknown_sort_gets_the_default_page() {
        assertEquals(rows(page("/salaries/fixture-occupation"), "Pay of Software Developers (BLS 15-1252) by state"),
                rows(page("/salaries/fixture-occupation?sort=bogus"), "Pay of Software Developers (BLS 15-1252) by state"));
    }

    @Test
    void the_full_state_table_is_one_tap_away_inside_details() {
        String html = page("/salaries/fixture-occupation");
        int details = html.indexOf("<details class=\"disclosure states-all\">");
        assertTrue(details > 0, "a details element");
        assertTrue(html.indexOf("<caption>Pay of Software Developers (BLS 15-1252) by state", details) > details,
                "the full table inside it");
    }

    @Test
    void pay_over_time_is_also_in_the_newest_years_dollars() {
        String html = page("/salaries/fixture-occupation");
        String real = "Annual pay of Software Developers (BLS 15-1252) in May 2024 dollars";
        assertEquals(real, caption(html, "Annual pay of Software Developers (BLS 15-1252) in"));
        // × 314.069 / 304.127 = × 1.03269: 76,000 → 78,484.4; 125,000 → 129,086.3; 135,000 → 139,413.2
        assertEquals(List.of("May 2023", "$78,484", "$99,138", "$129,086", "$165,230", "$206,538", "$139,413", "—", "—"),
                row(html, real, "May 2023"));
        // 130,000 / 129,086.29 − 1 = +0.7% beside the nominal +4%
        assertEquals(List.of("May 2024", "$80,000", "$100,000", "$130,000", "$170,000", "$210,000", "$140,000", "+4%",
                "+0.7%"), row(html, real, "May 2024"));
    }

    @Test
    void pay_over_time_says_whether_the_median_kept_up_with_prices() {
        // prices rose 314.069 / 304.127 − 1 = 3.27%; the median +4%, +0.7% in May 2024 dollars
        assertTrue(page("/salaries/fixture-occupation").contains("From May 2023 to May 2024 the median moved +4% while "
                + "prices (CPI-U, May to May) rose 3.3%: in May 2024 dollars the median moved +0.7%, so pay more than "
                + "kept up with prices."));
    }

    @Test
    void the_pay_over_time_chart_draws_the_median_as_published_and_in_constant_dollars() {
        String html = page("/salaries/fixture-occupation");
        int chart = html.indexOf("data-for=\"chart-trend\"");
        String json = html.substring(chart, html.indexOf("</script>", chart));
        assertTrue(json.contains("{\"label\":\"Median, as published\",\"values\":[125000.0,130000.0]}"), json);
        assertTrue(json.contains("{\"label\":\"Median in May 2024 dollars\",\"values\":[129086.0,130000.0]}"), json);
    }

    @Test
    void the_pay_over_time_chart_caption_gives_the_median_in_constant_dollars_at_both_ends() {
        // 125,000 × 314.069 / 304.127 = 129,086.29 in May 2023; May 2024's 130,000 is already in May 2024 dollars
        assertTrue(page("/salaries/fixture-occupation").contains("The median as published each year and in May 2024 "
                + "dollars: in those dollars it was $129,086 in May 2023 and $130,000 in May 2024."));
    }

    /** The fixture's projections.csv row for a SOC code, as import-ep wrote it (thousands of jobs, as BLS publishes). */
    static Map<String, String> projection(String soc) {
        return fixtureRows("projections.csv").stream().filter(r -> r.get("soc").equals(soc)).findFirst().orElseThrow();
    }

    /** OEWS's national employment for the occupation in one release of the fixture, as a page prints a count. */
    static String oewsEmployment(String soc, String source) {
        return String.format(Locale.US, "%,d", Long.parseLong(fixtureRows("oews_national.csv").stream()
                .filter(r -> r.get("soc").equals(soc) && r.get("source").equals(source)).findFirst().orElseThrow()
                .get("employment")));
    }

    static List<Map<String, String>> fixtureRows(String file) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(Fixtures.FIXTURE_DATA.resolve(file)))) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thousands as the file has them ("1693.8") in jobs as pages print them ("1,693,800"). */
    static String jobs(String thousands) {
        long n = new BigDecimal(thousands).movePointRight(3).longValueExact();
        return (n < 0 ? "\u2212" : "") + String.format(Locale.US, "%,d", Math.abs(n));
    }

    static final String OUTLOOK = "Job outlook for Software Developers (BLS 15-1252)";

    @Test
    void an_occupation_page_prints_its_2024_employment_from_the_projections_file_in_jobs() {
        List<String> row = row(page("/salaries/fixture-occupation"), OUTLOOK, "Employment, 2024");
        assertEquals(jobs(projection("15-1252").get("employment_from")), row.get(1));
    }

    @Test
    void an_occupation_page_prints_the_all_occupations_figure_beside_its_own() {
        List<String> row = row(page("/salaries/fixture-occupation"), OUTLOOK, "Employment, 2024");
        assertEquals(jobs(projection("00-0000").get("employment_from")), row.get(2));
    }

    @Test
    void an_occupation_page_prints_its_projected_2034_employment() {
        List<String> row = row(page("/salaries/fixture-occupation"), OUTLOOK, "Employment, 2034 (projected)");
        assertEquals(jobs(projection("15-1252").get("employment_to")), row.get(1));
    }

    @Test
    void an_occupation_page_prints_the_change_in_jobs_signed_as_bls_publishes_it() {
        List<String> row = row(page("/salaries/fixture-occupation"), OUTLOOK, "Change, 2024\u201334");
        assertEquals("+" + jobs(projection("15-1252").get("change")), row.get(1));
    }

    @Test
    void an_occupation_page_prints_the_change_in_percent_beside_all_occupations() {
        List<String> row = row(page("/salaries/fixture-occupation"), OUTLOOK, "Change, 2024\u201334, percent");
        assertEquals("+" + projection("15-1252").get("change_pct") + "%", row.get(1));
        assertEquals("+" + projection("00-0000").get("change_pct") + "%", row.get(2));
    }

    @Test
    void an_occupation_page_prints_the_openings_a_year() {
        List<String> row = row(page("/salaries/fixture-occupation"), OUTLOOK, "Openings a year (average, 2024\u201334)");
        assertEquals(jobs(projection("15-1252").get("openings")), row.get(1));
    }

    @Test
    void an_occupation_page_prints_the_typical_entry_level_education() {
        List<String> row = row(page("/salaries/fixture-occupation"), OUTLOOK, "Typical entry-level education");
        assertEquals(projection("15-1252").get("education"), row.get(1));
        assertEquals("not applicable", row.get(2));
    }

    @Test
    void the_outlook_sets_its_2024_employment_beside_the_oews_count_of_may_2024() {
        String html = page("/salaries/fixture-occupation").replace("&#39;", "'");
        assertTrue(html.contains("The projections' 2024 employment, " + jobs(projection("15-1252").get("employment_from"))
                + ", is "), html);
        assertTrue(html.contains("than OEWS's count for May 2024, " + oewsEmployment("15-1252", "fixture-national-2024")
                + " ("), html);
    }

    @Test
    void the_outlook_says_the_projections_count_self_employed_workers_and_how_many() {
        String html = page("/salaries/fixture-occupation").replace("&#39;", "'");
        assertTrue(html.contains("the projections count self-employed workers too ("
                + projection("15-1252").get("self_employed_pct") + "% of this occupation in 2024)"), html);
    }

    @Test
    void a_title_page_shows_its_occupations_outlook_labelled_as_the_occupations() {
        String html = page("/salaries/reference");
        assertEquals(jobs(projection("15-1252").get("employment_from")), row(html, OUTLOOK, "Employment, 2024").get(1));
        assertTrue(html.contains("Reference Developer is a job title BLS does not project: these are the projections for "
                + "Software Developers (BLS 15-1252), the occupation it counts the title in."), html);
    }

    @Test
    void the_outlook_links_to_its_source() {
        assertTrue(page("/salaries/fixture-occupation").contains("<a href=\"/sources#bls-ep-occupations-2024-34\">"));
    }
    /** A language's survey lift as the role page and /methodology print it, worked out from the fixture's rows. */
    private static String surveyLift(String year, String language) {
        com.salaryatlas.SurveyCsv.Lift l = com.salaryatlas.SurveyCsv.read(Fixtures.FIXTURE_DATA.resolve("survey_pay.csv"))
                .lift(year, "language", language);
        return com.salaryatlas.explain.Format.signedPercent((l.ratio() - 1) * 100) + " (" + year + ", "
                + (year.equals("2025") ? "years coding" : "professional years") + ", n = " + l.n() + ")";
    }

    @Test
    void the_skills_table_shows_a_languages_survey_lifts_with_their_n_beside_its_postings() {
        List<String> python = row(page("/salaries/reference"), "What moves Reference Developer pay",
                "Python (skill in postings)");
        assertTrue(python.get(1).contains("n=60"), "the postings' sample: " + python);
        assertTrue(python.get(3).contains(surveyLift("2025", "Python")), python.toString());
        assertTrue(python.get(3).contains(surveyLift("2023", "Python")), python.toString());
    }

    @Test
    void the_skills_table_says_a_languages_postings_are_shown_and_the_surveys_lift_applied() {
        List<String> python = row(page("/salaries/reference"), "What moves Reference Developer pay",
                "Python (skill in postings)");
        assertTrue(python.get(2).contains("from the 2025 survey") && python.get(2).contains("not applied"), python.toString());
    }

    @Test
    void the_skills_table_lists_a_language_only_the_survey_measures() {
        List<String> typescript = row(page("/salaries/reference"), "What moves Reference Developer pay",
                "TypeScript (language)");
        assertEquals(surveyLift("2025", "TypeScript"), typescript.get(3));
    }

    // Senior Title names senior and staff: its figures are the fixture's back-end developers with 6 or more years
    // (n = 95), whose p10 ... p90 rank at 20, 38, 58, 80 and 92 among 15-1252's respondents, read off 15-1252's May 2024
    // pay (80,000 / 100,000 / 130,000 / 170,000 / 210,000).

    @Test
    void a_measured_titles_page_prints_its_measured_median() {
        // rank 58: 130,000 + 8/25 x 40,000
        assertTrue(page("/salaries/senior-title").contains("The national median is <strong>$142,800</strong>"));
    }

    @Test
    void a_measured_titles_page_says_its_median_is_bls_pay_at_the_surveys_rank() {
        assertTrue(page("/salaries/senior-title").contains("its pay for Software Developers (15-1252) at the percentile "
                + "where the Stack Overflow Developer Survey (2023 and 2024) ranks this title&#39;s job type"));
    }

    @Test
    void a_measured_titles_distribution_names_its_job_type_years_and_n() {
        assertTrue(page("/salaries/senior-title").contains("placed in BLS pay for Software Developers (15-1252, May 2024): "
                + "respondents whose job type is \u201cDeveloper, back-end\u201d, 6 or more years of professional "
                + "experience (2023 and 2024 pooled, n = 95)"));
    }

    @Test
    void a_measured_titles_percentile_table_prints_bls_pay_at_each_rank() {
        assertEquals("$115,600", row(page("/salaries/senior-title"), "National base pay for Senior Titles",
                "25th percentile").get(1), "rank 38: 100,000 + 13/25 x 30,000");
    }

    @Test
    void a_measured_titles_rank_above_blss_90th_shows_blss_90th() {
        assertEquals("$210,000 (at or above)", row(page("/salaries/senior-title"), "National base pay for Senior Titles",
                "90th percentile").get(1));
    }

    @Test
    void a_measured_titles_structured_data_leaves_out_a_percentile_held_at_blss_90th() {
        assertFalse(salary(page("/salaries/senior-title")).has("percentile90"));
    }

    @Test
    void a_measured_titles_structured_data_keeps_the_percentiles_it_measured() {
        assertEquals(115_600, salary(page("/salaries/senior-title")).get("percentile25").asLong());
    }

    @Test
    void a_measured_titles_rank_above_blss_90th_is_said_to_be_at_or_above_it() {
        assertTrue(page("/salaries/senior-title").contains("shown at BLS&#39;s 90th percentile: read it as at or above that"));
    }

    @Test
    void a_measured_titles_own_published_range_stands_beside_it_as_another_source() {
        assertEquals("$140,000–$200,000", row(page("/salaries/senior-title"), "Every published figure for Senior Title",
                "Fixture Job Board").get(3));
    }

    @Test
    void no_role_page_says_a_published_range_was_read_as_its_10th_to_90th_percentile() {
        for (String slug : List.of("reference", "median-only", "ranged", "fixture-occupation", "senior-title")) {
            String html = page("/salaries/" + slug);
            assertFalse(html.contains("taken as the 10th"), slug);
            assertFalse(html.contains("Modelled"), slug);
        }
    }

    @Test
    void the_roles_index_never_says_a_range_was_read_as_the_10th_to_90th_percentile() {
        String html = page("/salaries");
        assertFalse(html.contains("spread estimated"));
        assertFalse(html.contains("(modelled)"));
    }
}
