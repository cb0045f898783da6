package com.salaryatlas.guides;

import static com.salaryatlas.Http.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.TestSite;
import java.net.http.HttpResponse;
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
        assertTrue(html.contains("$80,000–$100,000"), "entry-level range: 10th-25th percentile");
        assertTrue(html.contains("$170,000–$210,000"), "staff range: 75th-90th percentile");
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
        assertTrue(html.contains("<p class=\"quick-compare__figure\">$150,000</p>"),
                "ranged median: midpoint of its $120,000-$180,000 range");
        assertTrue(html.contains("Ranged Role pays more, by $20,000 (15.4%)"), "computed gap: 20,000 / 130,000");
        assertTrue(html.contains("In postings the gap is $10,000 (7.1%)"),
                "job-board medians $150,000 and $140,000 through the shortcode");
        assertTrue(html.contains("The ranged role's published range is $120,000–$180,000"), "a figure quoted by its id");
        assertTrue(html.contains("id=\"chart-levels\"") && html.contains("id=\"chart-skill-share\"")
                && html.contains("id=\"chart-skill-pay\""));
        assertTrue(html.contains("<form class=\"form\" method=\"post\" action=\"/calculator\">"));
        assertTrue(html.contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js\" defer"));
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
        int ranged = html.indexOf("1. Ranged Role");
        int reference = html.indexOf("2. Reference Developer");
        int medianOnly = html.indexOf("3. Median Role");
        assertTrue(ranged > 0 && ranged < reference && reference < medianOnly, "highest median first");
        assertTrue(html.contains("$115,385–$196,154"), "ranged middle half: 15-1252's shape around $150,000");
        assertTrue(html.contains("$70,000–$119,000"), "median-only middle half: 15-1252's shape around $91,000");
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
        for (String role : new String[] {"reference", "median-only", "ranged", "fixture-occupation"}) {
            page("/salaries/" + role);
        }
        String medianOnly = page("/salaries/median-only");
        assertTrue(medianOnly.contains("<strong>$91,000</strong>") && medianOnly.contains("$56,000"),
                "the published median and the modelled 10th percentile");
        assertTrue(medianOnly.contains("Modelled: A published median of $91,000")
                && medianOnly.contains("modelled on the shape of Software Developers (BLS 15-1252"),
                "derived spread is explained");
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
    void sitemap_lists_every_article_and_role_under_the_site_url() {
        HttpResponse<String> sitemap = site.get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        for (String slug : new String[] {"reference-guide", "reference-vs-ranged", "fixture-ranking"}) {
            assertTrue(sitemap.body().contains("<loc>https://salaryatlas.test/guides/" + slug + "</loc>"), slug);
        }
        for (String role : new String[] {"reference", "median-only", "ranged", "fixture-occupation"}) {
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
}
