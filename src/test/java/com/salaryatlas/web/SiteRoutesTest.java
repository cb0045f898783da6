package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.salaryatlas.Http.count;

import com.salaryatlas.TestSite;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The site's own routes over real HTTP. Each test serves its own site through {@link TestSite#serving()}, whose close
 * tolerates the server's graceful stop running out of time (javalin-testtools' own stop fails the test instead).
 */
class SiteRoutesTest {

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void home_page_renders_inside_the_layout_with_one_h1() {
        try (TestSite site = TestSite.serving()) {
            var response = site.get("/");
            String html = response.body();
            assertEquals(200, response.statusCode());
            assertTrue(html.startsWith("<!DOCTYPE html>"), "doctype first");
            assertTrue(html.contains("class=\"site-header\""), "layout header");
            assertTrue(html.contains("class=\"site-footer\""), "layout footer");
            assertTrue(html.contains("<link rel=\"canonical\" href=\"https://salaryatlas.test/\">"), html);
            assertEquals(1, count(html, "<h1"), "exactly one h1");
        }
    }

    @Test
    void unknown_path_gets_the_not_found_page_with_status_404() {
        try (TestSite site = TestSite.serving()) {
            var response = site.get("/no/such/page");
            assertEquals(404, response.statusCode());
            assertTrue(response.body().contains("We could not find that page"), response.body());
            assertTrue(response.body().contains("noindex"));
        }
    }

    @Test
    void a_trailing_slash_moves_permanently_to_the_one_canonical_url() {
        try (TestSite site = TestSite.serving()) {
            var response = site.get("/guides/reference-guide/?x=1");
            assertEquals(301, response.statusCode());
            assertEquals("/guides/reference-guide?x=1", response.headers().firstValue("Location").orElse(""));
            assertEquals(200, site.get("/").statusCode(), "the home page keeps its slash");
        }
    }

    @Test
    void healthz_answers_ok_while_the_database_answers() {
        try (TestSite site = TestSite.serving()) {
            var response = site.get("/healthz");
            assertEquals(200, response.statusCode());
            assertEquals("ok", response.body());
        }
    }

    @Test
    void healthz_answers_503_when_the_database_is_gone() {
        try (TestSite site = TestSite.serving()) {
            site.dataSource.close();
            assertEquals(503, site.get("/healthz").statusCode());
        }
    }

    @Test
    void every_page_carries_a_strict_content_security_policy() {
        try (TestSite site = TestSite.serving()) {
            String csp = header(site.get("/"), "Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe-inline"), csp);
        }
    }

    @Test
    void stylesheet_and_chart_library_are_served_with_their_types() {
        try (TestSite site = TestSite.serving()) {
            var css = site.get("/css/site.css");
            assertEquals(200, css.statusCode());
            assertTrue(header(css, "Content-Type").startsWith("text/css"));
            var chart = site.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");
            assertEquals(200, chart.statusCode());
            assertTrue(header(chart, "Content-Type").contains("javascript"));
        }
    }
}
