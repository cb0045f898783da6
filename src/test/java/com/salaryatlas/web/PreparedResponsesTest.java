package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.TestSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cached pages and assets go out as prepared bytes: a length, a strong ETag, gzip made once, HEAD without a body. */
class PreparedResponsesTest {

    static TestSite site;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        site = TestSite.serving();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.base() + path)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String raw(String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", java.net.URI.create(site.base()).getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_cached_page_has_a_length_a_strong_etag_and_an_html_charset() throws Exception {
        HttpResponse<byte[]> page = send("GET", "/salaries/reference");
        assertEquals(200, page.statusCode());
        assertEquals(String.valueOf(page.body().length), page.headers().firstValue("Content-Length").orElse("none"));
        assertTrue(page.headers().firstValue("ETag").orElse("").matches("\"[0-9a-f]{24}\""), page.headers().toString());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    }

    @Test
    void a_browser_that_has_the_page_gets_304_without_a_body() throws Exception {
        String etag = send("GET", "/salaries/reference").headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = send("GET", "/salaries/reference", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(200, send("GET", "/salaries/reference", "If-None-Match", "\"stale\"").statusCode());
    }

    @Test
    void gzip_is_served_to_those_who_accept_it_and_unzips_to_the_same_page() throws Exception {
        byte[] plain = send("GET", "/salaries/reference").body();
        HttpResponse<byte[]> zipped = send("GET", "/salaries/reference", "Accept-Encoding", "gzip");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse("none"));
        assertTrue(zipped.body().length < plain.length / 2, zipped.body().length + " vs " + plain.length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(new String(plain, StandardCharsets.UTF_8), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void head_gives_the_headers_of_get_without_the_body() throws Exception {
        HttpResponse<byte[]> get = send("GET", "/salaries/reference");
        HttpResponse<byte[]> head = send("HEAD", "/salaries/reference");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void stylesheets_and_scripts_are_fingerprinted_and_cached_for_a_year_as_immutable() throws Exception {
        String html = new String(send("GET", "/salaries/reference").body(), StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("href=\"(/assets/site\\.[0-9a-f]{10}\\.css)\"").matcher(html);
        assertTrue(css.find(), "the stylesheet link carries its content hash");
        HttpResponse<byte[]> asset = send("GET", css.group(1));
        assertEquals(200, asset.statusCode());
        assertEquals("public, max-age=31536000, immutable", asset.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(asset.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(new String(asset.body(), StandardCharsets.UTF_8).contains("--series-1"), "the site's stylesheet");
        assertEquals(404, send("GET", "/assets/site.0000000000.css").statusCode());
    }

    @Test
    void the_stylesheet_stays_under_twenty_kilobytes() throws Exception {
        String html = new String(send("GET", "/").body(), StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("href=\"(/assets/site\\.[0-9a-f]{10}\\.css)\"").matcher(html);
        assertTrue(css.find());
        int size = send("GET", css.group(1)).body().length;
        assertTrue(size <= 20 * 1024, size + " bytes");
    }

    @Test
    void a_path_with_a_broken_escape_is_a_400_page_never_a_server_error() throws Exception {
        // Sent raw: an HTTP client library refuses to send such a path at all. Jetty itself turns most away with its
        // own 400; a path parameter (";…") gets a broken escape past it to the router, as the hostile-input
        // properties found: that one must get our page, not a server error.
        for (String path : new String[] {"/compare/a-vs-%", "/salaries/x%zz", "/compare/';---vs-%", "/salaries/a;b%"}) {
            String answer = raw(path);
            assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer.lines().findFirst().orElse(""));
        }
        assertTrue(raw("/compare/';---vs-%").contains("<h1"), "the site's page, not a stack trace");
        String api = raw("/api/estimate;x%");
        assertTrue(api.startsWith("HTTP/1.1 400") && api.contains("application/problem+json"), api);
    }
}
