package com.salaryatlas.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.AppConfig;
import com.salaryatlas.TestSite;
import com.salaryatlas.data.Reports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportRoutesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    static TestSite site;
    static String rolePage;

    @BeforeAll
    static void start() {
        site = TestSite.serving();
        Matcher m = Pattern.compile("href=\"(/salaries/[a-z0-9-]+)\"").matcher(site.get("/salaries").body());
        assertTrue(m.find(), "the roles index links a role page");
        rolePage = m.group(1);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String form(String page, String message) {
        return "page=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&message=" + URLEncoder.encode(message, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> report(String page, String message) {
        return site.post("/report", FORM, form(page, message));
    }

    private static List<String> stored(TestSite on) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = on.dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT page, message, created_at FROM report ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getString(1) + " | " + r.getString(2) + " | " + (r.getObject(3) != null));
            }
        }
        return rows;
    }

    @Test
    void every_role_state_and_guide_page_carries_the_report_form_for_its_own_path() {
        String role = site.get(rolePage).body();
        assertTrue(role.contains("<form class=\"form report-form\" method=\"post\" action=\"/report\""), role);
        assertTrue(role.contains("<input type=\"hidden\" name=\"page\" value=\"" + rolePage + "\">"), "hidden page path");
        assertTrue(role.contains("name=\"message\""), "a message box");
        assertFalse(role.toLowerCase().contains("name=\"email\"") || role.toLowerCase().contains("name=\"name\""), "nothing personal");

        Matcher guide = Pattern.compile("href=\"(/guides/[a-z0-9-]+)\"").matcher(site.get("/guides").body());
        assertTrue(guide.find(), "the guides index links a guide");
        assertTrue(site.get(guide.group(1)).body().contains("value=\"" + guide.group(1) + "\""), "guide carries the form");
        Matcher state = Pattern.compile("href=\"(" + Pattern.quote(rolePage) + "/[a-z-]+)\"").matcher(site.get(rolePage).body());
        if (state.find()) {
            assertTrue(site.get(state.group(1)).body().contains("value=\"" + state.group(1) + "\""), "state page carries the form");
        }
    }

    @Test
    void a_good_report_is_stored_and_thanked_with_a_link_back_to_the_page() throws SQLException {
        String message = "The median for this role looks a year old " + UUID.randomUUID();
        var response = report(rolePage, message);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("Thank you for your report"), response.body());
        assertTrue(response.body().contains("href=\"" + rolePage + "\""), "a link back to the page");
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(stored(site).contains(rolePage + " | " + message + " | true"), stored(site).toString());
    }

    @Test
    void an_empty_message_is_refused_with_422_and_a_message_at_the_field() {
        var response = report(rolePage, "   ");
        assertEquals(422, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("id=\"report-message-error\""), html);
        assertTrue(html.contains("at least 10 characters"), html);
        assertTrue(html.contains("aria-invalid=\"true\""), "the field is marked invalid");
        assertTrue(html.contains("value=\"" + rolePage + "\""), "the page is kept");
    }

    @Test
    void a_short_message_is_refused_and_kept_escaped() throws SQLException {
        int before = stored(site).size();
        var response = report(rolePage, "<b>bad");
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("&lt;b&gt;bad</textarea>"), response.body());
        assertTrue(response.body().contains("Please write a little more"), response.body());
        assertFalse(response.body().contains("<b>bad"), "never echoed unescaped");
        assertEquals(before, stored(site).size(), "nothing stored");
    }

    @Test
    void an_oversized_message_is_refused_with_its_length_and_the_text_kept() throws SQLException {
        int before = stored(site).size();
        String message = "<script>alert(1)</script>" + "x".repeat(2_000);
        var response = report(rolePage, message);
        assertEquals(422, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("keep it to 2,000 characters; this one has 2,025"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;" + "x".repeat(2_000) + "</textarea>"), "kept, escaped");
        assertFalse(html.contains("<script>alert(1)"), "never echoed unescaped");
        assertEquals(before, stored(site).size(), "nothing stored");
    }

    @Test
    void exactly_2000_characters_with_browser_newlines_is_accepted() {
        // A textarea's newline counts as one character in the browser but travels as CRLF.
        String message = ("y".repeat(99) + "\r\n").repeat(20);
        assertEquals(200, report(rolePage, message).statusCode());
    }

    @Test
    void a_page_that_is_not_a_path_on_this_site_is_refused_with_422_and_the_message_kept() throws SQLException {
        int before = stored(site).size();
        for (String page : List.of("https://evil.example/x", "//evil.example/x", "javascript:alert(1)", "salaries/x",
                "/\\evil.example", "/" + "a".repeat(300), "", "/x\" onmouseover=\"alert(1)")) {
            var response = report(page, "A perfectly good message about a figure.");
            assertEquals(422, response.statusCode(), page);
            String html = response.body();
            assertTrue(html.contains("id=\"report-page-error\""), page + ": " + html);
            assertTrue(html.contains("A perfectly good message about a figure.</textarea>"), "message kept");
            assertFalse(html.contains("href=\"" + page + "\""), "never linked: " + page);
            assertFalse(html.contains("onmouseover=\"alert"), "never echoed unescaped");
        }
        assertEquals(before, stored(site).size(), "nothing stored");
    }

    @Test
    void a_post_that_is_not_a_form_gets_a_clear_415() {
        var response = site.post("/report", "application/json", "{\"page\":\"/\"}");
        assertEquals(415, response.statusCode());
        assertTrue(response.body().contains("ordinary form submission"), response.body());
    }

    @Test
    void while_the_database_is_down_a_report_gets_503_with_the_text_kept_never_500() {
        try (TestSite down = TestSite.serving()) {
            down.dataSource.close();
            var response = down.post("/report", FORM, form(rolePage, "The bonus range looks too high here."));
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(response.body().contains("could not be saved right now"), response.body());
            assertTrue(response.body().contains("The bonus range looks too high here.</textarea>"), "text kept");
        }
    }

    @Test
    void reports_are_rate_limited_like_the_calculator() {
        AppConfig limited = new AppConfig(0, "unused", "https://salaryatlas.test", false, 2, List.of());
        try (TestSite strict = TestSite.with(limited).serve()) {
            assertEquals(200, strict.post("/report", FORM, form("/", "First report about a figure.")).statusCode());
            assertEquals(200, strict.post("/report", FORM, form("/", "Second report about a figure.")).statusCode());
            var third = strict.post("/report", FORM, form("/", "Third report about a figure."));
            assertEquals(429, third.statusCode());
            assertTrue(third.headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    void the_reports_command_prints_stored_reports_newest_first_with_page_date_and_message() {
        String url = "jdbc:h2:mem:reports-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (var pool = com.salaryatlas.data.Database.open(url)) {
            new Reports(pool, Clock.fixed(Instant.parse("2026-05-01T09:30:00Z"), ZoneOffset.UTC))
                    .add("/salaries/older", "The older report.\nOn two lines.");
            new Reports(pool, Clock.fixed(Instant.parse("2026-05-02T10:45:00Z"), ZoneOffset.UTC))
                    .add("/salaries/newer", "The newer report, with an escape \u001b[31m inside.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = ReportsCommand.run(url, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            assertTrue(printed.startsWith("2026-05-02 10:45 UTC  /salaries/newer\n"), printed);
            assertTrue(printed.contains("2026-05-01 09:30 UTC  /salaries/older\n    The older report.\n    On two lines.\n"), printed);
            assertTrue(printed.indexOf("/salaries/newer") < printed.indexOf("/salaries/older"), "newest first");
            assertFalse(printed.contains("\u001b"), "no terminal escape reaches the operator's screen");
            assertTrue(printed.strip().endsWith("2 reports."), printed);
        }
    }

    @Test
    void the_reports_command_names_the_setting_when_the_database_cannot_be_opened() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReportsCommand.run("jdbc:mysql://127.0.0.1:1/x", new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("DATABASE_URL"), err.toString(StandardCharsets.UTF_8));
    }
}
