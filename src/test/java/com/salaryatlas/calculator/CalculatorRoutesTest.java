package com.salaryatlas.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.TestSite;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.estimate.Estimate;
import com.salaryatlas.estimate.Move;
import com.salaryatlas.estimate.Moves;
import com.salaryatlas.explain.Format;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CalculatorRoutesTest {

    static final String FORM = "application/x-www-form-urlencoded";
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.serving();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<String> post(String body) {
        return site.post("/calculator", FORM, body);
    }

    @Test
    void get_shows_a_labelled_form_with_every_role_and_sensible_defaults() {
        HttpResponse<String> response = site.get("/calculator");
        assertEquals(200, response.statusCode());
        String html = response.body();
        for (String field : new String[] {"role", "level", "years", "location", "org-size", "arrangement", "offer"}) {
            assertTrue(html.contains("<label for=\"" + field + "\""), field + " is labelled");
        }
        for (String role : new String[] {"<option value=\"reference\" selected=\"selected\">Reference Developer</option>",
            "<option value=\"median-only\">Median Role</option>", "<option value=\"ranged\">Ranged Role</option>",
            "<option value=\"fixture-occupation\">Fixture Occupation</option>",
            "<option value=\"senior-title\">Senior Title</option>"}) {
            assertTrue(html.contains(role), role);
        }
        assertTrue(html.contains("<option value=\"mid\" selected=\"selected\">"), "mid level by default");
        assertTrue(html.contains("<option value=\"us\" selected=\"selected\">United States (national)</option>"));
        assertTrue(html.matches("(?s).*label=\"States and DC\">\\s*<option value=\"ca\">California</option>\\s*"
                + "<option value=\"tx\">Texas</option>.*"), "every state of the official file");
        assertTrue(html.matches("(?s).*label=\"Territories\">\\s*<option value=\"pr\">Puerto Rico</option>.*"));
        assertTrue(html.contains("<option value=\"big-city\">Big City, CA</option>"));
        // The reference role's skills: Rust from postings (n=40), Go and Cloud named for it, the certifications for
        // every role. Niche is for the ranged role only, and has no percentage anyway.
        for (String skill : new String[] {"rust", "go", "cert", "cert-pro", "cloud"}) {
            assertTrue(html.contains("name=\"skills\" value=\"" + skill + "\""), skill);
        }
        assertFalse(html.contains("name=\"skills\" value=\"niche\""), "niche has no figure for the reference role");
        assertTrue(html.contains("<option value=\"10-000-or-more-employees\">10,000 or more employees</option>"),
                "a company size the survey measures");
        assertFalse(html.contains("value=\"big-co\""), "company types rest on article claims and are not offered");
        assertFalse(html.contains("noindex"), "the bare calculator is indexable");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://salaryatlas.test/calculator\">"));
    }

    @Test
    void the_form_offers_only_the_skills_with_a_figure_for_the_chosen_role() {
        String html = post("role=ranged&level=mid&location=us").body();
        // Ranged Role: Rust from its postings (n=20), Go named for it, the certifications for every role. Cloud is
        // named for the reference role only; Niche is named for this role but has no percentage.
        for (String skill : new String[] {"rust", "go", "cert", "cert-pro"}) {
            assertTrue(html.contains("name=\"skills\" value=\"" + skill + "\""), skill);
        }
        for (String skill : new String[] {"cloud", "niche"}) {
            assertFalse(html.contains("name=\"skills\" value=\"" + skill + "\""), skill);
        }
    }

    @Test
    void post_without_javascript_renders_the_explained_result_with_inputs_kept() {
        HttpResponse<String> response = post("role=reference&level=entry&location=us&offer=87000");
        assertEquals(200, response.statusCode());
        String html = response.body();
        // Entry level stands for 1 year, the 0-2 band's centre; the fixture's back-end cell there has 20 answers, so
        // 15-1252's own cell stands in, ranked 5.50 / 14.20 / 29.40 (survey_ranks.csv). On 80,000 / 100,000 / 130,000
        // / 170,000 / 210,000: $80,000 (below the 10th, read as it); 80,000 + 4.2 / 15 x 20,000 = $85,600;
        // 100,000 + 4.4 / 25 x 30,000 = $105,280.
        assertTrue(html.contains("<span>$80,000</span> –") && html.contains("<strong class=\"result__mid\">$85,600</strong>")
                && html.contains("<span>$105,280</span>"), "range");
        assertTrue(html.contains("about the 14th percentile"), "percentile: 10 + 5,600 / 20,000 x 15 = 14.2");
        assertTrue(html.contains("$41.15 an hour ($38.46–$50.62)"), "hourly: 85,600, 80,000 and 105,280 over 2,080");
        assertTrue(html.contains("Experience: Entry level"), "factor line");
        assertTrue(html.contains("the middle at the 14th"), "the experience line gives the middle's percentile");
        assertTrue(html.contains("BLS publishes nothing beyond its 10th and 90th percentiles"), "the low end stops at the 10th");
        assertTrue(html.contains("own respondents stand in"), "the title's small cell gave way to the occupation's");
        assertTrue(html.contains("href=\"/sources#so-survey-2024\""), "factor source link");
        assertTrue(html.contains("Near the middle of the range for this role, level and place: your offer of $87,000 is "
                + "$1,400 above its middle ($85,600)."), "verdict: 87,000 - 85,600, within the middle fifth of the range");
        // Among people like you: $80,000 / $85,600 / $105,280 as 10th / 50th / 90th; the 75th where the reference
        // spread puts it: its 21.8th percentile, $95,733.33, is 51.49% of the way from the middle to the high end, so
        // the 75th is $95,733.33. $87,000 is 50 + 1,400 / 10,133.33 x 25 = the 53rd. Nationally 10 + 7,000 / 20,000 x 15
        // = the 15th.
        assertTrue(html.contains("it sits at about the 53rd percentile; against the role")
                && html.contains("national pay it sits at about the 15th percentile."), "offer placements");
        assertTrue(html.contains("<option value=\"entry\" selected=\"selected\">"), "level kept");
        assertTrue(html.contains("value=\"87000\""), "offer kept");
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"), "results are noindex");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://salaryatlas.test/calculator\">"));
        assertTrue(html.contains("id=\"chart-estimate\""));
        assertTrue(html.contains(">Bonus<") && html.contains("5–10% of base") && html.contains("$4,000–$10,528"),
                "bonus kept apart from base: 5% of the $80,000 low end to 10% of the $105,280 high end");
        assertTrue(html.contains(">Benefits<") && html.contains(">Equity<") && html.contains("No figure"),
                "benefits, and equity said to have no figure");
        assertTrue(html.contains("<strong>$99,000–$145,808</strong>"),
                "total: 80,000 + 4,000 + 15,000 to 105,280 + 10,528 + 30,000");
        assertTrue(html.contains("href=\"/salaries/reference\""), "link to the role page");
        assertTrue(html.contains("href=\"/guides/reference-guide\""), "link to a guide for the role");
    }

    @Test
    void a_second_estimate_of_the_same_shape_shows_its_own_figures_not_the_firsts() {
        post("role=reference&level=entry&location=us&offer=87000");
        String html = post("role=reference&level=senior&location=us&offer=91000").body();
        assertTrue(html.contains("your offer of $91,000"), html);
        assertFalse(html.contains("$87,000"), "nothing of the first estimate is left in the second");
    }

    @Test
    void a_second_form_with_the_same_errors_keeps_its_own_input() {
        post("role=reference&location=atlantis&years=sixty&offer=12");
        String html = post("role=reference&location=atlantis&years=seventy&offer=13").body();
        assertTrue(html.contains("value=\"seventy\""), html);
        assertFalse(html.contains("sixty"), "nothing of the first form is left in the second");
    }

    @Test
    void post_with_an_unknown_company_size_rerenders_the_form_with_its_error_and_the_other_input_kept() {
        HttpResponse<String> response = post("role=reference&level=senior&location=ca&org-size=big-co");
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("Choose a company size from the list"), "the field's message");
        assertTrue(response.body().contains("<option value=\"ca\" selected=\"selected\">California</option>"), "place kept");
    }

    @Test
    void shareable_get_gives_the_same_numbers_as_the_post_and_the_api() {
        // Senior stands for 8 years, the 6-10 band's centre, where the fixture's back-end median ranks 53.5: the
        // reference pay 130,000 + 3.5 / 25 x 40,000 = $135,600; California x1.3. Cloud +20% and the survey's largest
        // company size +7% would lift the middle 28.4%: $135,600 x 1.3 x 1.2 x 1.07 = $226,344.
        String query = "role=reference&level=senior&location=ca&skills=cloud&org-size=10-000-or-more-employees";
        String posted = post(query).body();
        HttpResponse<String> shared = site.get("/calculator?" + query);
        assertEquals(200, shared.statusCode());
        String api = site.get("/api/estimate?" + query).body();
        String mid = api.replaceAll(".*\"text\":\\{[^}]*\"mid\":\"([^\"]+)\".*", "$1");
        assertEquals("$226,344", mid, api);
        assertTrue(posted.contains(mid) && shared.body().contains(mid), "same middle figure everywhere: " + mid);
        assertTrue(shared.body().contains("https://salaryatlas.test/calculator?" + query.replace("&", "&amp;")), "the result shows its own link");
    }

    @Test
    void the_live_update_answers_only_the_result_fragment() {
        HttpResponse<String> response = site.get("/calculator/result?role=reference&level=mid&location=us");
        assertEquals(200, response.statusCode());
        String html = response.body().strip();
        assertTrue(html.startsWith("<section class=\"result\" id=\"result\""), html);
        assertTrue(html.endsWith("</section>"), html);
        assertFalse(html.contains("<html") || html.contains("<!DOCTYPE") || html.contains("<form"), "no page around it");
        // Mid level stands for 4 years, the 3-5 band's centre, where the fixture's back-end median ranks 31: the
        // reference pay 100,000 + 6 / 25 x 30,000 = $107,200.
        assertTrue(html.contains("<strong class=\"result__mid\">$107,200</strong>"), html);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void the_live_update_gives_the_same_figures_as_the_posted_form() {
        String query = "role=ranged&level=staff&location=pr&skills=go";
        String fragment = site.get("/calculator/result?" + query).body();
        String page = post(query).body();
        String fromPage = page.substring(page.indexOf("<section class=\"result\""));
        fromPage = fromPage.substring(0, fromPage.indexOf("</section>") + "</section>".length());
        assertEquals(fromPage.strip(), fragment.strip(), "one renderer for the result");
    }

    @Test
    void the_live_update_answers_422_with_the_error_fragment_for_an_unknown_role() {
        HttpResponse<String> response = site.get("/calculator/result?role=astronaut&level=mid");
        assertEquals(422, response.statusCode());
        String html = response.body().strip();
        assertTrue(html.startsWith("<div class=\"error-summary\" role=\"alert\" id=\"live-errors\">"), html);
        assertFalse(html.contains("<html") || html.contains("class=\"result\""), html);
        assertTrue(html.contains("data-field=\"role\"") && html.contains("href=\"#role\""), "names the field");
    }

    @Test
    void the_live_update_never_echoes_input_unescaped() {
        String evil = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        HttpResponse<String> response = site.get("/calculator/result?role=" + evil + "&level=mid&offer=" + evil
                + "&years=" + evil);
        assertEquals(422, response.statusCode());
        assertFalse(response.body().contains("<script>alert(1)</script>"), response.body());
        assertTrue(response.body().contains("data-field=\"offer\"") && response.body().contains("data-field=\"years\""));
        HttpResponse<String> valid = site.get("/calculator/result?role=reference&level=mid&offer=100000&years=4");
        assertEquals(200, valid.statusCode());
        assertTrue(valid.body().contains("value=\"https://salaryatlas.test/calculator?role=reference&amp;level=mid&amp;years=4\""),
                "the share link echoes the input, escaped, and leaves the offer out");
    }

    @Test
    void unknown_role_rerenders_the_form_with_422_an_error_at_the_field_and_other_input_kept() {
        HttpResponse<String> response = post("role=astronaut&level=senior&location=ca&offer=90000");
        assertEquals(422, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("id=\"role-error\""), "message at the field");
        assertTrue(html.contains("aria-describedby=\"role-error role-help\""), "tied to the control");
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertTrue(html.contains("role=\"alert\""), "announced");
        assertTrue(html.contains("<option value=\"senior\" selected=\"selected\">"), "level kept");
        assertTrue(html.contains("<option value=\"ca\" selected=\"selected\">"), "location kept");
        assertTrue(html.contains("value=\"90000\""), "offer kept");
    }

    @Test
    void a_senior_title_at_a_level_its_source_does_not_cover_rerenders_the_form_with_422_the_message_at_the_level() {
        HttpResponse<String> response = post("role=senior-title&level=mid&location=ca&skills=go&offer=150000");
        assertEquals(422, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("id=\"level-error\""), "message at the level field");
        assertTrue(html.contains("aria-describedby=\"level-error level-help\""), "tied to the control");
        assertTrue(html.contains("Our source for Senior Title covers senior and staff or principal only (6 or more years)."),
                "names the levels it covers");
        assertFalse(html.contains("id=\"role-error\""), "the role itself is fine");
        assertFalse(html.contains("class=\"result\""), "no estimate outside the source's levels");
        assertTrue(html.contains("<option value=\"senior-title\" selected=\"selected\">"), "role kept");
        assertTrue(html.contains("<option value=\"mid\" selected=\"selected\">"), "level kept");
        assertTrue(html.contains("<option value=\"ca\" selected=\"selected\">"), "location kept");
        assertTrue(html.contains("value=\"150000\""), "offer kept");
    }

    @Test
    void a_senior_title_with_fewer_years_than_its_source_covers_is_a_422_with_the_message_at_the_years() {
        HttpResponse<String> response = post("role=senior-title&level=senior&years=5&location=ca");
        assertEquals(422, response.statusCode(), "five years is mid level, whatever level was chosen");
        String html = response.body();
        assertTrue(html.contains("id=\"years-error\"") && !html.contains("id=\"level-error\""), "message at the years field");
        assertTrue(html.contains("senior and staff or principal only"), "names the levels it covers");
        assertTrue(html.contains("value=\"5\""), "years kept");
        assertEquals(422, site.get("/calculator/result?role=senior-title&level=entry").statusCode(), "the live update too");
        assertEquals(200, post("role=senior-title&years=6").statusCode(), "six years is the first it covers");
    }

    @Test
    void unknown_location_years_and_offer_out_of_range_or_not_numbers_are_each_named() {
        String html = post("role=reference&location=atlantis&years=sixty&offer=12").body();
        assertTrue(html.contains("id=\"location-error\"") && html.contains("id=\"years-error\"") && html.contains("id=\"offer-error\""));
        assertEquals(422, post("role=reference&years=51").statusCode());
        assertEquals(422, post("role=reference&level=mid&offer=99999999").statusCode());
    }

    @Test
    void missing_fields_and_duplicated_fields_are_refused_with_422() {
        HttpResponse<String> missing = post("");
        assertEquals(422, missing.statusCode());
        assertTrue(missing.body().contains("id=\"role-error\"") && missing.body().contains("id=\"level-error\""));
        HttpResponse<String> twice = post("role=reference&role=ranged&level=mid");
        assertEquals(422, twice.statusCode());
        assertTrue(twice.body().contains("sent more than once"));
    }

    @Test
    void input_is_never_echoed_unescaped() {
        String evil = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        HttpResponse<String> response = post("role=reference&level=mid&offer=" + evil + "&years=" + evil);
        assertEquals(422, response.statusCode());
        assertFalse(response.body().contains("<script>alert(1)</script>"));
        assertTrue(response.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown back, escaped");
    }

    @Test
    void a_json_or_multipart_body_is_an_unsupported_type_answered_415_with_the_form() {
        HttpResponse<String> json = site.post("/calculator", "application/json", "{\"role\":\"reference\"}");
        assertEquals(415, json.statusCode());
        assertTrue(json.body().contains("ordinary form submission"));
        HttpResponse<String> multipart = site.post("/calculator", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\nreference\r\n--x--\r\n");
        assertEquals(415, multipart.statusCode());
        assertTrue(multipart.body().contains("<form class=\"form\" id=\"calculator-form\""));
    }

    @Test
    void a_two_megabyte_body_is_refused_with_413_not_a_server_error() {
        String huge = "role=reference&level=mid&offer=" + "9".repeat(2 * 1024 * 1024);
        HttpResponse<String> response = post(huge);
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("far larger than the form"));
    }

    @Test
    void a_body_without_a_declared_length_that_is_too_large_is_still_not_a_server_error() {
        byte[] huge = ("role=reference&offer=" + "9".repeat(2 * 1024 * 1024)).getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.base() + "/calculator"))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))).build();
        int status = site.send(request).statusCode();
        assertTrue(status == 400 || status == 413, "got " + status);
    }

    @Test
    void a_bogus_charset_in_the_content_type_is_a_bad_request_not_a_server_error() {
        for (String type : new String[] {FORM + "; charset=bogus", FORM + "; charset=", FORM + "; charset=\"utf-8"}) {
            HttpResponse<String> response = site.post("/calculator", type, "role=reference&level=mid");
            assertTrue(response.statusCode() < 500, type + " gave " + response.statusCode());
        }
        HttpRequest api = HttpRequest.newBuilder(URI.create(site.base() + "/api/estimate?role=reference&level=mid"))
                .header("Content-Type", FORM + "; charset=bogus").build();
        assertEquals(200, site.send(api).statusCode(), "the query is read as UTF-8 whatever the header says");
    }

    @Test
    void a_malformed_escape_is_a_bad_request_on_the_form_the_link_and_the_api() {
        assertEquals(400, post("role=reference&level=mid&offer=%ZZ").statusCode());
        assertEquals(400, site.rawGetStatus("/calculator?role=reference&offer=%ZZ"));
        assertEquals(400, site.rawGetStatus("/calculator/result?role=reference&level=mid&offer=%ZZ"));
        assertEquals(400, site.rawGetStatus("/api/estimate?role=reference&level=mid&offer=%ZZ"));
    }

    @Test
    void slugs_are_read_in_any_case_but_digits_must_be_ascii() {
        assertEquals(200, post("role=Reference&level=MID&location=TX").statusCode());
        assertEquals(422, post("role=reference&years=%D9%A5").statusCode(), "Arabic-Indic five");
        assertEquals(422, post("role=reference&level=mid&offer=%D9%A1%D9%A2%D9%A5%D9%A0%D9%A0%D9%A0").statusCode());
    }

    @Test
    void estimates_are_logged_and_the_home_page_lists_the_most_estimated_roles() {
        post("role=median-only&level=mid");
        post("role=median-only&level=senior");
        site.flushEstimates();
        String home = site.get("/").body();
        assertTrue(home.contains("Most estimated this week"));
        assertTrue(home.matches("(?s).*Median Role</a>\\s*<span class=\"muted\">[2-9]\\d* estimates.*"), home);
    }

    @Test
    void the_form_offers_the_bls_industries_of_the_roles_occupation_and_refuses_one_it_does_not_have() {
        String form = site.get("/calculator?role=reference&level=mid&location=us&industry=513200").body();
        assertTrue(form.contains("<option value=\"513200\" selected=\"selected\">Software Publishers</option>"), "offered and kept");
        assertTrue(form.contains("Industry: Software Publishers"), "a factor line for the industry");
        HttpResponse<String> bad = post("role=reference&level=mid&location=us&industry=%3Cb%3E999");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("id=\"industry-error\""), "the message sits at the field");
        assertFalse(bad.body().contains("<b>999"), "input never echoed unescaped");
    }

    @Test
    void a_shared_link_leaves_the_offer_out_and_offers_a_second_link_that_keeps_it() {
        String html = post("role=reference&level=mid&offer=100000").body();
        assertTrue(html.contains("value=\"https://salaryatlas.test/calculator?role=reference&amp;level=mid\""), html);
        assertTrue(html.contains("href=\"https://salaryatlas.test/calculator?role=reference&amp;level=mid&amp;offer=100000\""));
    }

    @Test
    void the_form_post_counts_in_the_estimate_log() {
        site.flushEstimates(); // what earlier tests queued is written first, so it cannot land in this count
        long before = site.estimateLog.stats().written() + site.estimateLog.stats().dropped();
        post("role=reference&level=mid");
        site.flushEstimates();
        assertEquals(before + 1, site.estimateLog.stats().written() + site.estimateLog.stats().dropped());
    }

    @Test
    void a_shared_link_opened_counts_in_the_estimate_log() {
        site.flushEstimates(); // what earlier tests queued is written first, so it cannot land in this count
        long before = site.estimateLog.stats().written() + site.estimateLog.stats().dropped();
        site.get("/calculator?role=reference&level=mid");
        site.flushEstimates();
        assertEquals(before + 1, site.estimateLog.stats().written() + site.estimateLog.stats().dropped());
    }

    @Test
    void a_live_update_does_not_count_in_the_estimate_log() {
        site.flushEstimates(); // what earlier tests queued is written first, so it cannot land in this count
        long before = site.estimateLog.stats().written() + site.estimateLog.stats().dropped();
        site.get("/calculator/result?role=reference&level=mid");
        site.flushEstimates();
        assertEquals(before, site.estimateLog.stats().written() + site.estimateLog.stats().dropped());
    }

    @Test
    void the_role_fields_fragment_holds_only_the_role_dependent_fields() {
        HttpResponse<String> fields = site.get("/calculator/fields?role=reference&skills=cloud");
        assertEquals(200, fields.statusCode());
        assertTrue(fields.body().startsWith("<div id=\"role-fields\""), fields.body());
        assertFalse(fields.body().contains("id=\"result\""), "no estimate in it");
    }

    @Test
    void the_role_fields_fragment_writes_nothing_to_the_estimate_log() {
        site.flushEstimates(); // what earlier tests queued is written first, so it cannot land in this count
        long before = site.estimateLog.stats().written() + site.estimateLog.stats().dropped();
        site.get("/calculator/fields?role=reference&level=mid");
        site.flushEstimates();
        assertEquals(before, site.estimateLog.stats().written() + site.estimateLog.stats().dropped());
    }

    @Test
    void an_offer_in_the_lower_half_of_the_range_says_so_first() {
        String api = site.get("/api/estimate?role=reference&level=mid").body();
        long low = Long.parseLong(api.replaceAll("(?s)^.*?\"low\":([0-9]+).*", "$1"));
        long mid = Long.parseLong(api.replaceAll("(?s)^.*?\"mid\":([0-9]+).*", "$1"));
        long offer = low + (mid - low) / 4;
        String html = post("role=reference&level=mid&offer=" + offer).body();
        assertTrue(html.contains("In the lower half of the range for this role, level and place: your offer of"), html);
    }

    @Test
    void an_offer_below_the_range_says_below_and_by_how_much() {
        String html = post("role=reference&level=mid&offer=20000").body();
        assertTrue(html.matches("(?s).*Below the range for this role, level and place: your offer of \\$20,000 is \\$[0-9,]+ under its low end.*"));
    }

    @Test
    void the_offer_field_says_it_is_base_salary() {
        assertTrue(site.get("/calculator").body().contains("An offer I have: base salary (optional)"));
    }

    /** The move the service computes on the fixture for a mid-level Reference Developer. */
    private static Move move(String from, Integer offer, String to) {
        Fixtures.Model model = Fixtures.fixtureModel();
        Estimate here = model.estimates().estimate(model.request("reference", Level.MID).withLocation(model.place(from))
                .withOffer(offer));
        return new Moves(model.data(), model.estimates()).move(here, model.place(to));
    }

    /** The select of states to move to, cut out of a page. */
    private static String movingToSelect(String html) {
        String from = html.substring(html.indexOf("<select id=\"moving-to\""));
        return from.substring(0, from.indexOf("</select>"));
    }

    @Test
    void the_form_offers_moving_to_every_state_with_a_price_level_and_no_territory() {
        String html = site.get("/calculator").body();
        assertTrue(html.contains("<label for=\"moving-to\">Moving to (optional)</label>"), "labelled");
        String select = movingToSelect(html);
        assertTrue(select.contains("<option value=\"\" selected=\"selected\">Not moving</option>"), "not moving by default");
        assertTrue(select.contains("<option value=\"wa\">Washington</option>"), "a state with a parity");
        assertFalse(select.contains("value=\"pr\""), "Puerto Rico has no parity");
    }

    @Test
    void moving_to_carries_the_offer_at_the_same_purchasing_power_and_places_it_among_pay_there() {
        Move move = move("ca", 150_000, "wa");
        String html = post("role=reference&level=mid&location=ca&offer=150000&moving-to=wa").body();
        assertTrue(html.contains("<h3>If you move to Washington</h3>"), html);
        assertTrue(html.contains("To buy in Washington what your offer of $150,000 buys in California, you would need about "
                + Format.money(move.carried()) + ": prices there are " + Format.percent(-move.priceDifference())
                + " below California&#39;s (BEA&#39;s regional price parities for 2024: 107.01 there, 110.72 here, U.S. = 100)."),
                "the carried amount, from 150,000 x 107.013 / 110.720");
        assertTrue(html.contains(Format.money(move.carried()) + " falls in the upper half of that range: among pay in "
                + "Washington"), "where it falls: 8,916 over the middle of a 47,046 range, beyond its middle fifth");
        assertTrue(html.contains("it sits at about the " + Format.ordinal(Math.round(move.placed().here().percentile()))
                + " percentile"), "its percentile among pay there");
        assertTrue(html.contains("The estimate for the same role, level and choices in Washington is "
                + Format.range(move.there().base().low(), move.there().base().high()) + ", middle "
                + Format.money(move.there().base().mid()) + "."), "the estimate there");
        assertTrue(html.contains("state income taxes are not in it"), "before tax, said plainly");
        assertTrue(html.contains("<option value=\"wa\" selected=\"selected\">Washington</option>"), "the state kept");
    }

    @Test
    void without_an_offer_moving_to_carries_the_middle_of_the_estimate() {
        Move move = move("us", null, "wa");
        String html = site.get("/calculator?role=reference&level=mid&moving-to=wa").body();
        assertTrue(html.contains("what the middle of your estimate, " + Format.money(move.amount()) + ", buys at "
                + "U.S.-average prices, you would need about " + Format.money(move.carried())), html);
    }

    @Test
    void moving_from_remote_work_says_there_is_no_price_level_instead_of_guessing() {
        Move move = move("remote", null, "wa");
        String html = post("role=reference&level=mid&location=remote&moving-to=wa").body();
        assertTrue(html.contains("Remote work has no place, and so no price level to start from"), html);
        assertFalse(html.contains("you would need about"), "nothing carried");
        assertTrue(html.contains("The estimate for the same role, level and choices in Washington is "
                + Format.range(move.there().base().low(), move.there().base().high())), "the estimate there is still given");
    }

    @Test
    void moving_from_a_territory_says_bea_publishes_no_price_level_there() {
        String html = post("role=reference&level=mid&location=pr&moving-to=wa").body();
        assertTrue(html.contains("BEA publishes no price level for Puerto Rico"), html);
        assertFalse(html.contains("you would need about"), "nothing carried");
    }

    @Test
    void moving_to_a_state_without_a_published_median_says_the_estimate_there_is_the_national_one() {
        String html = post("role=reference&level=mid&location=ca&moving-to=tx").body();
        assertTrue(html.contains("BLS publishes no exact median for this occupation in Texas, so that is the national estimate."));
    }

    @Test
    void moving_to_an_unknown_state_rerenders_the_form_with_422_the_message_at_the_field_and_other_input_kept() {
        HttpResponse<String> response = post("role=reference&level=senior&location=ca&offer=150000&moving-to=zz");
        assertEquals(422, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("id=\"moving-to-error\""), "message at the field");
        assertTrue(html.contains("aria-describedby=\"moving-to-error moving-to-help\""), "tied to the control");
        assertTrue(html.contains("We do not know that state."), "says what is wrong");
        assertFalse(html.contains("class=\"result\""), "no estimate");
        assertTrue(html.contains("<option value=\"senior\" selected=\"selected\">"), "level kept");
        assertTrue(html.contains("<option value=\"ca\" selected=\"selected\">"), "location kept");
        assertTrue(html.contains("value=\"150000\""), "offer kept");
    }

    @Test
    void moving_to_a_territory_is_refused_at_the_field_because_it_has_no_price_level() {
        HttpResponse<String> response = post("role=reference&level=mid&location=ca&moving-to=pr");
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("BEA publishes no price level for Puerto Rico, so pay cannot be carried there"));
    }

    @Test
    void the_live_update_prints_the_move_and_names_a_bad_state_at_its_field() {
        String fragment = site.get("/calculator/result?role=reference&level=mid&location=ca&moving-to=wa").body();
        assertTrue(fragment.contains("<h3>If you move to Washington</h3>"), fragment);
        HttpResponse<String> bad = site.get("/calculator/result?role=reference&level=mid&location=ca&moving-to=zz");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("data-field=\"moving-to\"") && bad.body().contains("href=\"#moving-to\""));
    }

    @Test
    void the_link_to_an_estimate_keeps_the_state_moved_to() {
        String html = post("role=reference&level=mid&location=ca&moving-to=wa").body();
        assertTrue(html.contains("value=\"https://salaryatlas.test/calculator?role=reference&amp;level=mid&amp;location=ca"
                + "&amp;moving-to=wa\""), "moving-to in the shared link");
    }

    @Test
    void an_estimate_applying_a_small_sample_state_figure_says_so() {
        String html = post("role=reference&level=mid&location=vi").body();
        assertTrue(html.contains("The figure for Virgin Islands this estimate applies rests on a small sample (BLS counts "
                + "about 40 people doing this work there)"), html);
    }

    @Test
    void an_estimate_applying_a_well_measured_state_figure_does_not_warn() {
        assertFalse(post("role=reference&level=mid&location=ca").body().contains("rests on a small sample"));
    }
}
