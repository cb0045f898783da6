package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.salaryatlas.Http.count;
import static com.salaryatlas.Http.header;

import com.salaryatlas.TestSite;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

class SiteRoutesTest {

    @Test
    void home_page_renders_inside_the_layout_with_one_h1() {
        try (TestSite site = TestSite.start()) {
            JavalinTest.test(site.app, (server, client) -> {
                var response = client.get("/");
                String html = response.body().string();
                assertEquals(200, response.code());
                assertTrue(html.startsWith("<!DOCTYPE html>"), "doctype first");
                assertTrue(html.contains("class=\"site-header\""), "layout header");
                assertTrue(html.contains("class=\"site-footer\""), "layout footer");
                assertTrue(html.contains("<link rel=\"canonical\" href=\"https://salaryatlas.test/\">"), html);
                assertEquals(1, count(html, "<h1"), "exactly one h1");
            });
        }
    }

    @Test
    void unknown_path_gets_the_not_found_page_with_status_404() {
        try (TestSite site = TestSite.start()) {
            JavalinTest.test(site.app, (server, client) -> {
                var response = client.get("/no/such/page");
                String html = response.body().string();
                assertEquals(404, response.code());
                assertTrue(html.contains("We could not find that page"), html);
                assertTrue(html.contains("noindex"));
            });
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
        try (TestSite site = TestSite.start()) {
            JavalinTest.test(site.app, (server, client) -> {
                var response = client.get("/healthz");
                assertEquals(200, response.code());
                assertEquals("ok", response.body().string());
            });
        }
    }

    @Test
    void healthz_answers_503_when_the_database_is_gone() {
        try (TestSite site = TestSite.start()) {
            JavalinTest.test(site.app, (server, client) -> {
                site.dataSource.close();
                var response = client.get("/healthz");
                assertEquals(503, response.code());
            });
        }
    }

    @Test
    void every_page_carries_a_strict_content_security_policy() {
        try (TestSite site = TestSite.start()) {
            JavalinTest.test(site.app, (server, client) -> {
                String csp = header(client.get("/"), "Content-Security-Policy");
                assertTrue(csp.contains("script-src 'self'"), csp);
                assertFalse(csp.contains("unsafe-inline"), csp);
            });
        }
    }

    @Test
    void stylesheet_and_chart_library_are_served_with_their_types() {
        try (TestSite site = TestSite.start()) {
            JavalinTest.test(site.app, (server, client) -> {
                var css = client.get("/css/site.css");
                assertEquals(200, css.code());
                assertTrue(header(css, "Content-Type").startsWith("text/css"));
                var chart = client.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");
                assertEquals(200, chart.code());
                assertTrue(header(chart, "Content-Type").contains("javascript"));
                // Both bodies are read to the end: an unread 200 KB answer keeps its request in flight, and the
                // server's graceful stop then waits its 10 s for it and fails the test.
                css.body().string();
                chart.body().string();
            });
        }
    }
}
