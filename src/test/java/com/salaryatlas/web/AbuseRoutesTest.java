package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.AppConfig;
import com.salaryatlas.TestSite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a script hammering the site, or a client holding a connection open, gets. */
class AbuseRoutesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String ESTIMATE = "role=reference&level=mid&location=us";

    private static AppConfig limitedTo(int perMinute, List<String> proxies) {
        return new AppConfig(0, "unused", "https://salaryatlas.test", false, perMinute, proxies);
    }

    @Test
    void a_post_over_the_rate_limit_gets_429_with_retry_after() {
        try (TestSite site = TestSite.with(limitedTo(3, List.of())).serve()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, site.post("/calculator", FORM, ESTIMATE).statusCode());
            }
            HttpResponse<String> over = site.post("/calculator", FORM, ESTIMATE);
            assertEquals(429, over.statusCode());
            int retryAfter = Integer.parseInt(over.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 20, "a third of a minute at most: " + retryAfter);
            assertTrue(over.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertTrue(over.body().contains("<h1>Too many requests</h1>"), over.body());
            assertEquals(429, site.get("/calculator/result?" + ESTIMATE).statusCode(), "the live result shares the allowance");
            assertEquals(429, site.get("/calculator?" + ESTIMATE).statusCode(), "so does a shared link: it computes an estimate");
        }
    }

    @Test
    void the_api_over_the_rate_limit_answers_problem_json() {
        try (TestSite site = TestSite.with(limitedTo(2, List.of())).serve()) {
            site.get("/api/roles");
            site.get("/api/estimate?role=reference&level=mid");
            HttpResponse<String> over = site.get("/api/roles");
            assertEquals(429, over.statusCode());
            assertTrue(over.headers().firstValue("Retry-After").isPresent());
            assertTrue(over.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertTrue(over.body().contains("\"status\":429"), over.body());
        }
    }

    @Test
    void reading_pages_is_never_limited() {
        try (TestSite site = TestSite.with(limitedTo(1, List.of())).serve()) {
            site.post("/calculator", FORM, ESTIMATE);
            assertEquals(429, site.post("/calculator", FORM, ESTIMATE).statusCode());
            for (String path : List.of("/", "/calculator", "/salaries/reference",
                    "/guides", "/sitemap.xml", "/healthz", "/css/site.css")) {
                for (int i = 0; i < 3; i++) {
                    assertEquals(200, site.get(path).statusCode(), path);
                }
            }
        }
    }

    @Test
    void forwarded_for_separates_clients_only_behind_a_trusted_proxy() {
        try (TestSite trusting = TestSite.with(limitedTo(1, List.of("127.0.0.1"))).serve();
             TestSite untrusting = TestSite.with(limitedTo(1, List.of("10.9.9.9"))).serve()) {
            assertEquals(200, postAs(trusting, "203.0.113.1").statusCode());
            assertEquals(200, postAs(trusting, "203.0.113.2").statusCode(), "another visitor behind the proxy");
            assertEquals(429, postAs(trusting, "203.0.113.1").statusCode());

            assertEquals(200, postAs(untrusting, "203.0.113.1").statusCode());
            assertEquals(429, postAs(untrusting, "203.0.113.2").statusCode(), "a forged header buys no new allowance");
        }
    }

    @Test
    void a_post_that_announces_a_body_and_sends_none_is_answered_within_a_few_seconds() throws Exception {
        try (TestSite site = TestSite.serving()) {
            for (String length : List.of("99999999", "200")) {
                long started = System.nanoTime();
                String status;
                try (Socket socket = new Socket("127.0.0.1", site.app.port())) {
                    socket.setSoTimeout(10_000);
                    socket.getOutputStream().write(("POST /calculator HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + FORM
                            + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                            .readLine();
                }
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                assertTrue(seconds < 5, "Content-Length " + length + ": waited " + seconds + " s");
                assertTrue(status != null && status.matches("HTTP/1.1 4\\d\\d .*"), "a client error, not ours: " + status);
            }
        }
    }

    private static HttpResponse<String> postAs(TestSite site, String forwardedFor) {
        return site.send(HttpRequest.newBuilder(URI.create(site.base() + "/calculator")).header("Content-Type", FORM)
                .header("X-Forwarded-For", forwardedFor).POST(HttpRequest.BodyPublishers.ofString(ESTIMATE)).build());
    }
}
