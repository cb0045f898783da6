package com.salaryatlas.guides;

import static com.salaryatlas.Http.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Http;
import com.salaryatlas.TestSite;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page kind against the fixture content and dataset: status, one h1, and the figures the dataset gives. */
class ArticleRoutesTest {

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
        String html = response.body();
        assertEquals(1, count(html, "<h1"), path + " has one h1");
        return html;
    }

    @Test
    void guide_shows_the_percentile_table_levels_places_and_charts() {
        String html = page("/guides/reference-guide");
        assertTrue(html.contains("The median is $130,000"), "median through the shortcode");
        assertTrue(html.contains("Hourly at the median: $62.50"), "130,000 / 2,080");
        // Entry stands for 1 year: 15-1252's own 0-2 cell (the back-end one is too small) ranks 5.50 to 29.40:
        // $80,000 (the 10th) to 100,000 + 4.4 / 25 x 30,000 = $105,280. Staff stands for 14 years, a fifth of the way
        // from the 11-15 centre to the 16-20 one, where the back-end ranks 42-85 hold: 100,000 + 17 / 25 x 30,000 =
        // $120,400 to 170,000 + 10 / 15 x 40,000 = $196,667.
        assertTrue(html.contains("entry level is $80,000–$105,280"), "entry-level range through the shortcode");
        assertTrue(html.contains("$120,400–$196,667"), "staff range in the levels table");
        assertTrue(html.contains("<a href=\"/salaries/fixture-occupation/california\">California</a>")
                && html.contains("California has the highest official median, $169,000, +30%"), "top state, linked");
        assertTrue(html.contains("Big City, CA") && html.contains("California, $169,000"),
                "the metro beside its state's official median");
        assertTrue(html.contains("id=\"chart-distribution\"") && html.contains("id=\"chart-states\""));
        assertTrue(html.contains("By the Salary Atlas editorial team"));
        assertTrue(html.contains("href=\"/sources#survey\"") && html.contains("href=\"/sources#postings\""),
                "notes link to sources");
        assertTrue(html.contains("min read"));
    }

    @Test
    void comparison_shows_both_medians_the_computed_gap_levels_charts_and_an_inline_form() {
        String html = page("/guides/reference-vs-ranged");
        assertTrue(html.contains("<p class=\"quick-compare__figure\">$130,000</p>"), "reference median");
        assertEquals(2, html.split("<p class=\"quick-compare__figure\">\\$130,000</p>", -1).length - 1,
                "ranged median: no survey job type stands for it, so its occupation's (15-1252) $130,000, like reference's");
        assertTrue(html.contains("Senior Title pays more, by $12,800 (9.8%)"),
                "computed gap: 15-1252's pay at the back-end 6+ median rank 58, 142,800, against 130,000");
        assertTrue(html.contains("In postings the gap is $10,000 (7.1%)"),
                "job-board medians $150,000 and $140,000 through the shortcode");
        assertTrue(html.contains("The ranged role's published range is $120,000–$180,000"), "a figure quoted by its id");
        assertTrue(html.contains("id=\"chart-levels\"") && html.contains("id=\"chart-skill-share\"")
                && html.contains("id=\"chart-skill-pay\""));
        assertTrue(html.contains("<form class=\"form\" method=\"post\" action=\"/calculator\">"));
        assertTrue(html.matches("(?s).*<script src=\"/assets/chart\\.umd\\.min\\.[0-9a-f]{10}\\.js\" defer>.*"), "Chart.js, fingerprinted");
    }

    @Test
    void comparison_shows_the_other_sources_figures_with_their_source() {
        String html = page("/guides/reference-vs-ranged");
        assertTrue(html.contains("they post $150,000 for the reference role (500 postings) and $140,000 for the ranged one"),
                "the job board's medians, which disagree with the primary figures ($130,000 and $150,000)");
        assertTrue(html.contains("<a href=\"/sources#postings\" title=\"Fixture Job Board, May 2026\">[1]</a>"),
                "a numbered note naming the source and its period");
    }

    @Test
    void ranking_orders_roles_by_median_with_range_bars() {
        String html = page("/guides/fixture-ranking");
        // Senior Title is 15-1252's pay at its survey ranks (median 58); the three others all have $130,000 medians
        // (reference as published, ranged and median-only as 15-1252's), kept in roles.csv's order.
        int senior = html.indexOf("1. Senior Title");
        int reference = html.indexOf("2. Reference Developer");
        int medianOnly = html.indexOf("3. Median Role");
        int ranged = html.indexOf("4. Ranged Role");
        assertTrue(senior > 0 && senior < reference && reference < medianOnly && medianOnly < ranged, "highest median first");
        assertTrue(html.contains("$115,600–$183,333"),
                "senior-title middle half: ranks 38 and 80, 100,000 + 13/25 x 30,000 to 170,000 + 5/15 x 40,000");
        assertTrue(html.contains("id=\"chart-ranking\""));
        assertTrue(html.contains("The cap is 30% and a year has 2,080 working hours."));
    }

    @Test
    void every_role_has_a_page_with_its_distribution_levels_and_every_source() {
        String html = page("/salaries/reference");
        assertTrue(html.contains("$80,000") && html.contains("$210,000"));
        assertTrue(html.contains("<th scope=\"row\">Fixture Job Board</th>") && html.contains("$150,000"),
                "the postings median beside the primary survey");
        assertTrue(html.contains("Primary: Full spread from the survey"), "says which is primary and why");
        for (String role : new String[] {"reference", "median-only", "ranged", "fixture-occupation", "senior-title"}) {
            page("/salaries/" + role);
        }
        String medianOnly = page("/salaries/median-only");
        assertTrue(medianOnly.contains("<strong>$130,000</strong>"),
                "no survey job type, and BLS gives Web Developers only a median: Software Developers' median");
        assertTrue(medianOnly.contains("BLS publishes no full spread for its occupation, Web Developers (BLS 15-1254), "
                + "so these are the percentiles of BLS pay for Software Developers (15-1252, May 2024)"), medianOnly);
        assertTrue(medianOnly.contains("$91,000"), "its own published median is still listed as a source");
        String ranged = page("/salaries/ranged");
        assertTrue(ranged.contains("The developer survey has no job type for this title, so these are its occupation"),
                "a title no survey job type stands for says whose figures it shows");
        assertEquals(List.of("Median (50th)", "$130,000", "$62.50"),
                Http.row(ranged, "National base pay for Ranged Roles", "Median (50th)"),
                "15-1252's May 2024 median; over 2,080 hours, $62.50");
        assertTrue(ranged.contains("$120,000–$180,000"), "its own published range is still listed as a source");
    }

    @Test
    void the_levels_table_describes_the_overlapping_ranges_it_shows() {
        String html = page("/guides/reference-guide");
        // Its rows run from each band's 25th to 75th percentile as ranked in the survey: entry's $80,000-$105,280 is not
        // the 10th-25th percentile ($80,000-$100,000) an old note under the table claimed.
        assertEquals("$80,000–$105,280", Http.row(html, "National base pay by experience", "Entry level (0–2 years)").get(1));
        assertFalse(html.contains("entry 10th–25th percentile, mid 25th–50th, senior 50th–75th, staff 75th–90th"),
                "the note under the levels table still describes the old fixed slices");
    }

    @Test
    void a_senior_titles_levels_table_lists_only_the_levels_its_source_covers() {
        String html = page("/salaries/senior-title");
        List<String> levels = Http.rows(html, "National base pay by experience").stream().map(r -> r.get(0)).toList();
        // The calculator refuses entry and mid for this title (422): its page must not print figures for them.
        assertEquals(List.of("Senior (6–10 years)", "Staff or principal (more than 10 years)"), levels);
    }

    @Test
    void the_ranking_says_how_a_title_known_by_a_range_is_measured() {
        String html = page("/guides/fixture-ranking");
        assertTrue(html.contains("its percentiles here are measured instead: the developer survey ranks that title"), html);
    }

    @Test
    void the_ranking_never_says_a_range_is_read_as_the_10th_to_90th_percentile() {
        String html = page("/guides/fixture-ranking");
        assertFalse(html.contains("takes that range as its 10th to 90th percentile"));
        assertFalse(html.contains("(modelled)"));
    }

    @Test
    void the_premium_table_gives_a_posting_skill_the_lift_the_calculator_applies() {
        String html = page("/salaries/reference");
        // Rust postings: $165,000 (n=40) against $150,000, +10% measured; the calculator counts 10% x 40 / 140 = +2.9%.
        List<String> rust = Http.row(html, "What moves Reference Developer pay", "Rust (skill in postings)");
        assertTrue(rust.get(1).contains("$165,000") && rust.get(1).contains("n=40"), rust.toString());
        assertTrue(rust.get(2).contains("+2.9%"), "the table says the calculator applies " + rust.get(2) + ": " + rust);
    }

    @Test
    void unknown_article_and_unknown_role_are_404_pages() {
        for (String path : new String[] {"/guides/no-such-guide", "/salaries/astronaut"}) {
            HttpResponse<String> response = site.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("We could not find that page"), path);
        }
    }

    @Test
    void a_chart_shortcode_prints_its_chart_and_table_where_the_article_places_it() {
        String html = page("/guides/reference-guide");
        String prose = html.substring(html.indexOf("Plain words."));
        assertTrue(prose.contains("Washington's price level being 107.0"), "the price shortcode beside it");
        assertTrue(prose.indexOf("<canvas id=\"article-chart-1\"") > prose.indexOf("Washington's price level"),
                "the chart stands after the sentence that introduces it");
        assertTrue(prose.contains("<caption>Where the median of Software Developers (BLS 15-1252) buys the most</caption>"),
                "its table, shown without JavaScript");
        assertTrue(prose.contains("data-for=\"article-chart-1\""), "its data for the chart script");
    }

    @Test
    void every_chart_an_article_places_has_its_own_element_id() {
        String html = page("/guides/reference-guide");
        assertEquals(1, count(html, "id=\"article-chart-1\""));
        assertEquals(1, count(html, "id=\"article-chart-2\""));
        assertTrue(html.contains("<caption>Median total pay reported by “Developer, back-end”, by years of experience"
                + "</caption>"), "the survey chart's table");
    }

    @Test
    void a_comparison_places_the_pair_chart_with_both_roles_percentiles() {
        String html = page("/guides/reference-vs-ranged");
        String chart = html.substring(html.indexOf("<canvas id=\"article-chart-1\""));
        assertTrue(chart.contains("<caption>National base pay by percentile, both roles</caption>"), chart);
    }

    @Test
    void the_guide_index_lists_each_article_under_its_kinds_heading() {
        String html = page("/guides");
        int comparisons = html.indexOf("<h2 id=\"kind-comparison\">Comparisons</h2>");
        int rankings = html.indexOf("<h2 id=\"kind-ranking\">Rankings</h2>");
        int comparison = html.indexOf("href=\"/guides/reference-vs-ranged\"");
        assertTrue(html.indexOf("<h2 id=\"kind-guide\">Guides</h2>") < html.indexOf("href=\"/guides/reference-guide\""));
        assertTrue(comparisons < comparison && comparison < rankings, "the comparison under Comparisons");
        assertTrue(rankings < html.indexOf("href=\"/guides/fixture-ranking\""), "the ranking under Rankings");
    }

    @Test
    void the_home_page_features_the_guide_published_last() {
        String html = page("/");
        String newest = html.substring(html.indexOf("<h2 id=\"newest\">"));
        newest = newest.substring(0, newest.indexOf("</section>"));
        assertTrue(newest.contains("href=\"/guides/fixture-ranking\""), newest);
        assertFalse(newest.contains("href=\"/guides/reference-guide\""), newest);
    }

    @Test
    void a_guide_links_its_related_guides_and_the_pay_pages_it_discusses() {
        String html = page("/guides/reference-vs-ranged");
        String related = html.substring(html.indexOf("<h2 id=\"related-heading\">"));
        related = related.substring(0, related.indexOf("</aside>"));
        assertTrue(related.contains("href=\"/guides/fixture-ranking\""), related);
        assertTrue(related.contains("href=\"/guides/reference-guide\""), related);
        assertTrue(related.contains("href=\"/salaries/reference\""), related);
        assertTrue(related.contains("href=\"/compare/ranged-vs-reference\""), related);
    }

    @Test
    void guide_index_home_methodology_and_sources_link_everything() {
        String guides = page("/guides");
        String home = page("/");
        for (String slug : new String[] {"reference-guide", "reference-vs-ranged", "fixture-ranking"}) {
            assertTrue(guides.contains("href=\"/guides/" + slug + "\""), slug);
            assertTrue(home.contains("href=\"/guides/" + slug + "\""), "home links " + slug);
        }
        assertTrue(home.contains("href=\"/salaries/fixture-occupation\"") && home.contains("href=\"/calculator\""));
        assertTrue(home.contains("href=\"/methodology\"") && home.contains("href=\"/sources\""));
        assertTrue(page("/methodology").contains("Premiums are capped at 30%"), "the page's shortcode rendered");
        String sources = page("/sources");
        for (String id : new String[] {"survey", "postings", "places", "fixture-national-2023", "fixture-national-2024",
            "fixture-states-2024", "fixture-industries-2024"}) {
            assertTrue(sources.contains("id=\"" + id + "\""), id);
        }
    }

    @Test
    void the_sources_page_lists_bea_s_price_parities_with_their_release_date() {
        String sources = page("/sources");
        assertTrue(sources.contains("id=\"bea-rpp-2024\""), "the BEA RPP source");
        assertTrue(sources.contains("<dd>2026-02-19</dd>"), "BEA's release date");
    }

    @Test
    void the_sources_page_lists_the_cpi_u_with_its_reference_period() {
        String sources = page("/sources");
        assertTrue(sources.contains("id=\"bls-cpi-u-2025\""), "the CPI-U source");
        assertTrue(sources.contains("<dd>May 1913-May 2025</dd>"), "its May values' span");
    }

    @Test
    void sitemap_lists_every_article_and_role_under_the_site_url() {
        HttpResponse<String> sitemap = site.get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        for (String slug : new String[] {"reference-guide", "reference-vs-ranged", "fixture-ranking"}) {
            assertTrue(sitemap.body().contains("<loc>https://salaryatlas.test/guides/" + slug + "</loc>"), slug);
        }
        for (String role : new String[] {"reference", "median-only", "ranged", "fixture-occupation", "senior-title"}) {
            assertTrue(sitemap.body().contains("<loc>https://salaryatlas.test/salaries/" + role + "</loc>"), role);
        }
        assertTrue(site.get("/robots.txt").body().contains("Sitemap: https://salaryatlas.test/sitemap.xml"));
        String feed = site.get("/feed.xml").body();
        assertEquals(3, count(feed, "<entry>"), "one entry per fixture article");
        assertTrue(feed.contains("<link href=\"https://salaryatlas.test/guides/reference-guide\"/>"));
    }

    @Test
    void content_pages_carry_an_etag_and_answer_304_when_unchanged() throws Exception {
        HttpResponse<String> first = site.get("/guides/reference-guide");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.base()
                + "/guides/reference-guide")).header("If-None-Match", etag).build();
        assertEquals(304, site.send(request).statusCode());
    }

    @Test
    void a_source_no_page_uses_yet_says_so_on_the_sources_page() {
        String html = site.get("/sources").body();
        String entry = html.substring(html.indexOf("id=\"bea-rpp-2024\""));
        entry = entry.substring(0, entry.indexOf("</section>"));
        assertTrue(entry.contains("No page or estimate uses it yet"), entry);
    }

    @Test
    void a_source_that_feeds_the_calculator_does_not_say_it_is_unused() {
        String html = site.get("/sources").body();
        String entry = html.substring(html.indexOf("id=\"places\""));
        entry = entry.substring(0, entry.indexOf("</section>"));
        assertFalse(entry.contains("No page or estimate uses it yet"), entry);
    }

    @Test
    void the_employment_projections_say_they_feed_the_job_outlook_of_role_and_compare_pages() {
        String html = site.get("/sources").body();
        String entry = html.substring(html.indexOf("id=\"bls-ep-occupations-2024-34\""));
        entry = entry.substring(0, entry.indexOf("</section>"));
        assertTrue(entry.contains("The “Job outlook” section of every role page"), entry);
        assertFalse(entry.contains("No page or estimate uses it yet"), entry);
    }

    @Test
    void a_survey_year_the_role_pages_pool_says_where_it_is_used() {
        String html = site.get("/sources").body();
        String entry = html.substring(html.indexOf("id=\"so-survey-2024\""));
        entry = entry.substring(0, entry.indexOf("</section>"));
        assertTrue(entry.contains("“What developers report” section of role pages"), entry);
    }
    @Test
    void methodology_tables_each_languages_2025_and_2023_lift_with_its_n_as_the_rows_give() {
        com.salaryatlas.SurveyCsv csv = com.salaryatlas.SurveyCsv.read(
                com.salaryatlas.Fixtures.FIXTURE_DATA.resolve("survey_pay.csv"));
        com.salaryatlas.SurveyCsv.Lift coding = csv.lift("2025", "language", "Python");
        com.salaryatlas.SurveyCsv.Lift professional = csv.lift("2023", "language", "Python");
        List<String> python = Http.row(page("/methodology"), "Languages the calculator offers", "Python");
        assertEquals(com.salaryatlas.explain.Format.signedPercent((coding.ratio() - 1) * 100), python.get(1));
        assertEquals(Long.toString(coding.n()), python.get(2));
        assertEquals(com.salaryatlas.explain.Format.signedPercent((professional.ratio() - 1) * 100), python.get(3));
        assertEquals(Long.toString(professional.n()), python.get(4));
        assertEquals(com.salaryatlas.explain.Format.signedPercent((coding.ratio() - 1) * 100 * coding.n()
                / (coding.n() + 100.0)), python.get(5));
    }

    @Test
    void methodology_says_which_languages_the_survey_does_not_measure() {
        List<String> elixir = Http.row(page("/methodology"), "Languages the calculator offers", "Elixir");
        assertEquals("too few answers", elixir.get(3));
        assertTrue(elixir.get(5).startsWith("none from the survey"), elixir.toString());
    }
}
