package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.AppConfig;
import com.salaryatlas.TestSite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the security probe of issue 17 sent, each answered as a careful server would. */
class HostileTrafficTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static TestSite site;

    @BeforeAll
    static void serve() {
        site = TestSite.serving();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<String> send(String method, String path) {
        return site.send(HttpRequest.newBuilder(URI.create(site.base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void a_percent_encoded_letter_redirects_to_the_canonical_path() {
        HttpResponse<String> encoded = site.get("/salaries/%72eference");
        assertEquals(301, encoded.statusCode());
        assertEquals("/salaries/reference", location(encoded));
    }

    @Test
    void capitals_redirect_to_the_lowercase_path() {
        assertEquals("/salaries/reference", location(site.get("/Salaries/Reference")));
    }

    @Test
    void doubled_slashes_and_a_trailing_slash_redirect_to_the_canonical_path_keeping_the_query() {
        assertEquals("/guides?x=1", location(site.get("/guides//?x=1")));
    }

    @Test
    void leading_slashes_never_redirect_off_site() {
        HttpResponse<String> response = site.get("//evil.example/");
        assertEquals(301, response.statusCode());
        assertEquals("/evil.example", location(response));
    }

    @Test
    void a_path_no_page_could_have_is_404_before_any_render() {
        assertEquals(404, site.get("/salaries/a%20b").statusCode());
    }

    @Test
    void a_dot_dot_segment_is_404() {
        assertEquals(404, site.get("/salaries/%2e%2e/guides").statusCode());
    }

    @Test
    void head_on_the_health_check_answers_as_get_does() {
        assertEquals(site.get("/healthz").statusCode(), send("HEAD", "/healthz").statusCode());
    }

    @Test
    void head_on_a_missing_data_file_is_404() {
        assertEquals(404, send("HEAD", "/data/nope.csv").statusCode());
    }

    @Test
    void head_on_a_bad_api_request_is_400() {
        assertEquals(400, send("HEAD", "/api/estimate?role=zzz").statusCode());
    }

    @Test
    void head_on_a_page_has_gets_length_and_no_body() {
        HttpResponse<String> head = send("HEAD", "/guides");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void put_on_the_calculator_is_405_naming_the_allowed_methods() {
        HttpResponse<String> put = send("PUT", "/calculator");
        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD, POST", put.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void delete_on_the_api_is_405_as_problem_json() {
        HttpResponse<String> delete = send("DELETE", "/api/estimate");
        assertEquals(405, delete.statusCode());
        assertEquals("GET, HEAD", delete.headers().firstValue("Allow").orElse(""));
        assertTrue(delete.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void options_and_patch_are_405_too() {
        assertEquals(405, send("OPTIONS", "/api/estimate").statusCode());
        assertEquals(405, send("PATCH", "/calculator").statusCode());
    }

    @Test
    void get_on_the_report_form_target_is_405() {
        assertEquals(405, site.get("/report").statusCode());
    }

    @Test
    void an_estimate_with_an_offer_from_the_api_is_not_stored_by_caches() {
        HttpResponse<String> answer = site.get("/api/estimate?role=reference&level=mid&offer=150000");
        assertEquals(200, answer.statusCode());
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void an_https_site_sends_hsts() {
        assertTrue(site.get("/").headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
    }

    @Test
    void a_plain_http_site_sends_no_hsts() {
        try (TestSite plain = TestSite.with(new AppConfig(0, "unused", "http://localhost:7070", false, 0, List.of())).serve()) {
            assertFalse(plain.get("/").headers().firstValue("Strict-Transport-Security").isPresent());
        }
    }

    @Test
    void a_calculator_post_that_is_not_a_form_is_415() {
        assertEquals(415, site.post("/calculator", "application/json", "{}").statusCode());
    }

    @Test
    void a_report_that_is_not_a_form_is_415() {
        assertEquals(415, site.post("/report", "text/plain", "page=/&message=hello").statusCode());
    }

    @Test
    void an_oversized_calculator_post_is_413_in_the_sites_layout() {
        HttpResponse<String> response = site.post("/calculator", FORM, "role=" + "a".repeat(FormBody.MAX_BYTES + 1));
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("<main"), "a page in the site's layout");
    }

    @Test
    void an_oversized_report_is_413() {
        assertEquals(413, site.post("/report", FORM, "page=/&message=" + "a".repeat(FormBody.MAX_BYTES + 1)).statusCode());
    }

    @Test
    void a_form_body_that_is_not_utf8_is_400() {
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.base() + "/report"))
                .header("Content-Type", FORM).POST(HttpRequest.BodyPublishers.ofByteArray(
                        new byte[] {'m', 'e', 's', 's', 'a', 'g', 'e', '=', (byte) 0xC3, (byte) 0x28})).build());
        assertEquals(400, response.statusCode());
    }

    @Test
    void a_broken_percent_escape_in_a_form_is_400() {
        assertEquals(400, site.post("/calculator", FORM, "role=%ZZ").statusCode());
    }

    @Test
    void a_report_posted_from_another_site_is_refused() {
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.base() + "/report"))
                .header("Content-Type", FORM).header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("page=%2Fguides&message=this+figure+is+wrong")).build());
        assertEquals(403, response.statusCode());
    }

    @Test
    void a_report_a_browser_marks_cross_site_is_refused() {
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.base() + "/report"))
                .header("Content-Type", FORM).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("page=%2Fguides&message=this+figure+is+wrong")).build());
        assertEquals(403, response.statusCode());
    }

    @Test
    void a_report_from_the_sites_own_origin_is_taken() {
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.base() + "/report"))
                .header("Content-Type", FORM).header("Origin", "https://salaryatlas.test").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("page=%2Fguides&message=this+figure+is+wrong")).build());
        assertEquals(200, response.statusCode());
    }

    @Test
    void one_address_may_have_only_a_few_bodies_arriving_at_once() throws Exception {
        List<Socket> dripping = holdEveryReaderSlot();
        try (Socket extra = new Socket("127.0.0.1", site.app.port())) {
            extra.setSoTimeout(5_000);
            announceBody(extra.getOutputStream());
            assertEquals("HTTP/1.1 429 Too Many Requests", statusLine(extra));
        } finally {
            closeAll(dripping);
        }
    }

    @Test
    void a_body_that_arrived_whole_is_read_while_the_same_address_drips_others() throws Exception {
        List<Socket> dripping = holdEveryReaderSlot();
        try (Socket whole = new Socket("127.0.0.1", site.app.port())) {
            whole.setSoTimeout(5_000);
            String body = "role=reference&level=mid&location=us";
            // Headers and body in one write, as a browser's small form post arrives.
            whole.getOutputStream().write(("POST /calculator HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + FORM
                    + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            whole.getOutputStream().flush();
            assertEquals("HTTP/1.1 200 OK", statusLine(whole));
        } finally {
            closeAll(dripping);
        }
    }

    /** As many connections from this address as may send bodies at once, each announcing one and sending nothing. */
    private static List<Socket> holdEveryReaderSlot() throws Exception {
        List<Socket> dripping = new ArrayList<>();
        for (int i = 0; i < FormBody.MAX_READING_PER_CLIENT; i++) {
            Socket socket = new Socket("127.0.0.1", site.app.port());
            announceBody(socket.getOutputStream());
            dripping.add(socket);
        }
        Thread.sleep(300);
        return dripping;
    }

    private static void closeAll(List<Socket> sockets) throws Exception {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void a_body_dripped_past_the_deadline_is_cut_off() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", site.app.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            announceBody(out);
            long started = System.nanoTime();
            String status = null;
            // One byte a second: each read succeeds within the idle timeout, so only the deadline stops it.
            for (int i = 0; i < 12 && status == null; i++) {
                out.write('a');
                out.flush();
                Thread.sleep(1_000);
                if (socket.getInputStream().available() > 0) {
                    status = statusLine(socket);
                }
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertEquals("HTTP/1.1 408 Request Timeout", status);
            assertTrue(seconds <= FormBody.DEADLINE.toSeconds() + 2, "cut off after " + seconds + " s");
        }
    }

    @Test
    void the_site_answers_after_a_client_leaves_mid_body() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", site.app.port())) {
            announceBody(socket.getOutputStream());
            socket.getOutputStream().write("page=%2F".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(200, site.get("/guides").statusCode());
    }

    private static void announceBody(OutputStream out) throws Exception {
        out.write(("POST /report HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + FORM
                + "\r\nContent-Length: 100\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String statusLine(Socket socket) throws Exception {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }
}
