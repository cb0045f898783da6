package com.salaryatlas.guides;

import static com.salaryatlas.Http.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.TestSite;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page kind against the real content and dataset: status, one h1, and the figures the dataset gives. */
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
        String html = page("/guides/backend-developer-salary-guide");
        assertTrue(html.contains("$133,080"), "BLS median");
        assertTrue(html.contains("$63.98"), "median hourly");
        assertTrue(html.contains("$79,850–$103,050"), "entry-level range");
        assertTrue(html.contains("$169,000–$211,450"), "staff range");
        assertTrue(html.contains("California") && html.contains("$170,910"), "top state");
        assertTrue(html.contains("San Jose-Sunnyvale-Santa Clara, CA"), "top metro");
        assertTrue(html.contains("id=\"chart-states\"") && html.contains("id=\"chart-metros\""));
        assertTrue(html.contains("By the Salary Atlas editorial team"));
        assertTrue(html.contains("href=\"/sources#bls-oews-2024\""), "notes link to sources");
        assertTrue(html.contains("min read"));
    }

    @Test
    void comparison_shows_both_medians_the_computed_gap_levels_charts_and_an_inline_form() {
        String html = page("/guides/backend-developer-vs-devops-engineer");
        assertTrue(html.contains("$133,080"), "backend median");
        assertTrue(html.contains("$144,000"), "devops median: midpoint of the Glassdoor range");
        assertTrue(html.contains("$10,920"), "computed gap");
        assertTrue(html.contains("$150,000") && html.contains("$131,500"), "job-board medians");
        assertTrue(html.contains("$18,500 (14.1%)"), "job-board gap through the shortcode");
        assertTrue(html.contains("id=\"chart-levels\"") && html.contains("id=\"chart-skill-share\"")
                && html.contains("id=\"chart-skill-pay\""));
        assertTrue(html.contains("<form class=\"form\" method=\"post\" action=\"/calculator\">"));
        assertTrue(html.contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js\" defer"));
    }

    @Test
    void comparison_with_cloud_engineer_shows_the_contradicting_averages_with_their_source() {
        String html = page("/guides/backend-developer-vs-cloud-engineer");
        for (String figure : new String[] {"$107,500", "$100,000", "$115,000", "$106,301", "$120,000", "$130,000"}) {
            assertTrue(html.contains(figure), figure);
        }
        assertTrue(html.contains("href=\"/sources#jobcopy-2026-02\""));
    }

    @Test
    void ranking_orders_roles_by_median_with_range_bars() {
        String html = page("/guides/highest-paid-backend-roles");
        int architect = html.indexOf("1. Backend Architect");
        assertTrue(architect > 0, "Backend Architect ranks first");
        assertTrue(html.contains("$176,000"), "architect median: midpoint of $134,000–$218,000");
        assertTrue(html.contains("id=\"chart-ranking\""));
    }

    @Test
    void every_role_has_a_page_with_its_distribution_levels_and_every_source() {
        String html = page("/salaries/backend-developer");
        assertTrue(html.contains("$79,850") && html.contains("$211,450"));
        assertTrue(html.contains("$107,500") && html.contains("InterviewStack.io"), "other sources side by side");
        assertTrue(html.contains("Primary:"), "says which is primary and why");
        for (String role : new String[] {"software-developer", "senior-backend-developer", "backend-architect",
            "cloud-engineer", "devops-engineer", "data-engineer", "web-developer", "data-scientist"}) {
            page("/salaries/" + role);
        }
        String scientist = page("/salaries/data-scientist");
        assertTrue(scientist.contains("$112,590"));
        assertTrue(scientist.contains("takes the shape of BLS SOC 15-1252"), "derived spread is explained");
    }

    @Test
    void unknown_article_and_unknown_role_are_404_pages() {
        assertEquals(404, site.get("/guides/no-such-guide").statusCode());
        assertEquals(404, site.get("/salaries/astronaut").statusCode());
    }

    @Test
    void guide_index_home_methodology_and_sources_link_everything() {
        String guides = page("/guides");
        String home = page("/");
        for (String slug : new String[] {"backend-developer-salary-guide", "backend-developer-vs-cloud-engineer",
            "backend-developer-vs-devops-engineer", "highest-paid-backend-roles"}) {
            assertTrue(guides.contains("/guides/" + slug), slug);
            assertTrue(home.contains("href=\"/guides/" + slug + "\""), "home links " + slug);
        }
        assertTrue(home.contains("/salaries/data-engineer") && home.contains("href=\"/calculator\""));
        assertTrue(home.contains("href=\"/methodology\"") && home.contains("href=\"/sources\""));
        page("/methodology");
        String sources = page("/sources");
        for (String id : new String[] {"bls-oews-2024", "glassdoor-2024", "interviewstack-2026-05", "jobcopy-2026-02"}) {
            assertTrue(sources.contains("id=\"" + id + "\""), id);
        }
    }

    @Test
    void sitemap_lists_every_article_and_role_under_the_site_url() {
        HttpResponse<String> sitemap = site.get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.body().contains("<loc>https://salaryatlas.test/guides/highest-paid-backend-roles</loc>"));
        assertTrue(sitemap.body().contains("<loc>https://salaryatlas.test/salaries/web-developer</loc>"));
        assertTrue(site.get("/robots.txt").body().contains("Sitemap: https://salaryatlas.test/sitemap.xml"));
        assertTrue(site.get("/feed.xml").body().contains("<entry>"));
    }

    @Test
    void content_pages_carry_an_etag_and_answer_304_when_unchanged() throws Exception {
        HttpResponse<String> first = site.get("/guides/backend-developer-salary-guide");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.base()
                + "/guides/backend-developer-salary-guide")).header("If-None-Match", etag).build();
        assertEquals(304, site.send(request).statusCode());
    }
}
