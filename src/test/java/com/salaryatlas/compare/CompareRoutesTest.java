package com.salaryatlas.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.Fixtures;
import com.salaryatlas.TestSite;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.estimate.PriceLevels;
import com.salaryatlas.estimate.SmallSamples;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.explain.Format;
import com.salaryatlas.Http;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compare pages against the real content. Figures are never typed here: the pair page's columns are checked
 * against what /api/roles says for each role, and the states table against the role pages' own state links.
 * Choices under test: a pair has one address, the slugs in alphabetical order (the form redirects there with 303,
 * the reverse order moves there with 301); the same role twice answers 422 with the form and an error at the field.
 */
class CompareRoutesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static TestSite site;
    static JsonNode roles;

    @BeforeAll
    static void start() throws IOException {
        site = TestSite.servingRealContent();
        roles = JSON.readTree(site.get("/api/roles").body());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Two roles whose primary figures come from different sources, and two from the same BLS release. */
    static List<String> slugsBySource(boolean sameAsFirst) {
        List<String> out = new ArrayList<>();
        String firstSource = roles.get(0).get("source").asText();
        for (JsonNode r : roles) {
            if (r.get("source").asText().equals(firstSource) == sameAsFirst) {
                out.add(r.get("slug").asText());
            }
        }
        return out;
    }

    /** Roles whose distribution's basis starts so: "Published" percentiles, or "Measured" by the developer survey. */
    static List<String> slugsByBasis(String start) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : roles) {
            if (r.get("basis").asText().startsWith(start)) {
                out.add(r.get("slug").asText());
            }
        }
        return out;
    }

    static JsonNode role(String slug) {
        for (JsonNode r : roles) {
            if (r.get("slug").asText().equals(slug)) {
                return r;
            }
        }
        throw new AssertionError("no role " + slug + " in /api/roles");
    }

    static String money(long amount) {
        return String.format(java.util.Locale.US, "$%,d", amount);
    }

    /** The rows of the first table whose caption starts with {@code caption}: the cells of each row, tags stripped. */
    static List<List<String>> rows(String html, String caption) {
        int start = html.indexOf("<caption>" + caption);
        assertTrue(start >= 0, "a table captioned " + caption);
        String table = html.substring(start, html.indexOf("</table>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table.substring(table.indexOf("<tbody>")));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").trim());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** "Glassdoor, 2024" from the API's basis: the citation in its first parentheses that ends in a year. */
    static String citation(String basis) {
        Matcher m = Pattern.compile("\\(([^()]*?, (?:[A-Z][a-z]+ )?\\d{4})\\)").matcher(basis);
        assertTrue(m.find(), basis);
        return m.group(1);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void the_form_lists_every_role_twice_and_a_role_pages_link_preselects_the_first() {
        HttpResponse<String> blank = site.get("/compare");
        assertEquals(200, blank.statusCode());
        for (JsonNode r : roles) {
            String option = "<option value=\"" + r.get("slug").asText() + "\">";
            assertEquals(2, blank.body().split(Pattern.quote(option), -1).length - 1, r.get("slug").asText());
        }
        assertTrue(blank.body().contains("<form class=\"form compare-form\" method=\"get\" action=\"/compare\""));
        assertTrue(blank.body().contains("<link rel=\"canonical\" href=\"https://salaryatlas.test/compare\">"));

        String slug = roles.get(0).get("slug").asText();
        HttpResponse<String> fromRolePage = site.get("/compare?a=" + slug);
        assertEquals(200, fromRolePage.statusCode());
        assertTrue(fromRolePage.body().contains("<option value=\"" + slug + "\" selected=\"selected\">"));
        assertTrue(site.get("/salaries/" + slug).body().contains("href=\"/compare?a=" + slug + "\""),
                "the role page links to the form");
    }

    @Test
    void the_form_submitted_without_javascript_redirects_to_the_pairs_one_address() {
        List<String> slugs = slugsBySource(true);
        String first = slugs.get(0).compareTo(slugs.get(1)) < 0 ? slugs.get(0) : slugs.get(1);
        String second = first.equals(slugs.get(0)) ? slugs.get(1) : slugs.get(0);
        String canonical = "/compare/" + first + "-vs-" + second;

        HttpResponse<String> inOrder = site.get("/compare?a=" + first + "&b=" + second);
        assertEquals(303, inOrder.statusCode());
        assertEquals(canonical, location(inOrder));
        HttpResponse<String> reversed = site.get("/compare?a=" + second + "&b=" + first);
        assertEquals(303, reversed.statusCode());
        assertEquals(canonical, location(reversed), "the form goes straight to the alphabetical address");

        HttpResponse<String> reversedPath = site.get("/compare/" + second + "-vs-" + first);
        assertEquals(301, reversedPath.statusCode());
        assertEquals(canonical, location(reversedPath));
        assertEquals(200, site.get(canonical).statusCode());
    }

    @Test
    void a_missing_or_unknown_role_answers_422_with_the_error_at_its_field_and_the_input_kept_escaped() {
        String known = roles.get(0).get("slug").asText();
        HttpResponse<String> response = site.get("/compare?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=" + known);
        assertEquals(422, response.statusCode());
        String html = response.body();
        assertFalse(html.contains("<script>alert(1)"), "input is escaped");
        assertTrue(html.contains("<p class=\"field__error\" id=\"a-error\">We have no role called “&lt;script&gt;alert(1)&lt;/script&gt;”"),
                "the error sits at the first field and quotes the input, escaped");
        assertTrue(html.contains("aria-describedby=\"a-error a-help\" aria-invalid=\"true\""));
        assertTrue(html.contains("<option value=\"" + known + "\" selected=\"selected\">"), "the known choice is kept");
        assertTrue(html.contains("<a href=\"#a\">"), "the error summary links to the field");
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"));

        HttpResponse<String> missing = site.get("/compare?a=" + known + "&b=");
        assertEquals(422, missing.statusCode());
        assertTrue(missing.body().contains("<p class=\"field__error\" id=\"b-error\">Choose the second role.</p>"));
    }

    @Test
    void the_same_role_twice_answers_422_with_the_form_and_an_error_at_the_second_field() {
        String slug = roles.get(0).get("slug").asText();
        String title = roles.get(0).get("title").asText();
        for (String path : List.of("/compare?a=" + slug + "&b=" + slug, "/compare/" + slug + "-vs-" + slug)) {
            HttpResponse<String> response = site.get(path);
            assertEquals(422, response.statusCode(), path);
            assertTrue(response.body().contains("<p class=\"field__error\" id=\"b-error\">Choose two different roles: both are "
                    + title + ".</p>"), path);
        }
    }

    @Test
    void the_pair_page_shows_both_roles_columns_exactly_as_the_api_gives_them() {
        String a = slugsByBasis("Published").get(0);
        String b = slugsByBasis("Measured").get(0);
        String path = "/compare/" + (a.compareTo(b) < 0 ? a + "-vs-" + b : b + "-vs-" + a);
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first.equals(a) ? b : a;
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://salaryatlas.test" + path + "\">"));
        assertTrue(html.contains("<h1><span>" + role(first).get("title").asText() + "</span> vs <span>"
                + role(second).get("title").asText() + "</span> salary</h1>"));

        List<List<String>> table = rows(html, "National base pay by percentile");
        String[] keys = {"p10", "p25", "median", "p75", "p90"};
        assertEquals(5, table.size());
        for (int i = 0; i < keys.length; i++) {
            assertTrue(table.get(i).get(1).startsWith(money(role(first).get("distribution").get(keys[i]).asLong())), table.get(i).toString());
            assertTrue(table.get(i).get(2).startsWith(money(role(second).get("distribution").get(keys[i]).asLong())), table.get(i).toString());
        }
        assertTrue(html.contains("id=\"chart-distributions\"") && html.contains("data-for=\"chart-distributions\""));
        assertTrue(html.contains("id=\"chart-levels\""));
        assertTrue(rows(html, "National base pay by experience").size() == 4, "four levels");
    }

    @Test
    void figures_obtained_differently_are_said_not_to_compare_directly_naming_each_source() {
        String a = slugsByBasis("Published").get(0);
        String b = slugsByBasis("Measured").get(0);
        String html = site.get("/compare/" + (a.compareTo(b) < 0 ? a + "-vs-" + b : b + "-vs-" + a)).body();
        String lede = html.substring(html.indexOf("id=\"like-with-like\""), html.indexOf("</div>", html.indexOf("id=\"like-with-like\"")));
        assertTrue(lede.contains("Not like with like"), lede);
        assertTrue(html.indexOf("id=\"answer\"") < html.indexOf("id=\"like-with-like\""), "the answer comes before the caveat");
        String citation = citation(role(a).get("basis").asText());
        assertTrue(lede.contains(citation), a + "'s source, " + citation + ", is named: " + lede);
        assertTrue(lede.contains("measured by the Stack Overflow Developer Survey and placed in BLS pay for Software "
                + "Developers (" + citation + ")"),
                b + "'s survey and the BLS release it is placed in are named: " + lede);
    }

    @Test
    void a_title_measured_by_the_survey_says_so_on_the_compare_page_with_its_job_type_and_n() {
        String a = slugsByBasis("Published").get(0);
        String b = slugsByBasis("Measured").get(0);
        String html = site.get("/compare/" + (a.compareTo(b) < 0 ? a + "-vs-" + b : b + "-vs-" + a)).body();
        assertTrue(html.matches("(?s).*<p class=\"callout\">" + role(b).get("title").asText()
                + ": measured, not taken from its own source; the survey&#39;s .+ respondents.* \\(n = [0-9,]+\\).*"),
                "the placement note for " + b);
    }

    @Test
    void a_measured_title_against_the_occupation_bls_counts_it_in_is_said_to_be_part_of_that_whole() {
        String html = site.get("/compare/backend-developer-vs-software-developer").body();
        assertTrue(html.contains("Software Developer is the occupation BLS counts Backend Developer in, so this sets a "
                + "part against the whole that contains it."), html);
    }

    @Test
    void a_measured_title_against_its_occupation_says_the_gap_is_where_the_title_sits_in_its_pay() {
        String html = site.get("/compare/backend-developer-vs-software-developer").body();
        assertTrue(html.contains("The gap above says where backend developers sit within software developer pay, not "
                + "what a different job pays."), html);
    }

    @Test
    void no_compare_page_marks_a_figure_modelled() {
        String a = slugsByBasis("Published").get(0);
        for (String b : slugsByBasis("Measured")) {
            String html = site.get("/compare/" + (a.compareTo(b) < 0 ? a + "-vs-" + b : b + "-vs-" + a)).body();
            assertFalse(html.contains("modelled)"), b);
        }
    }

    @Test
    void two_occupations_of_one_bls_release_are_said_to_compare_directly() {
        List<String> same = slugsBySource(true);
        String a = same.get(0);
        String b = same.stream().filter(s -> !role(s).get("soc").asText().equals(role(a).get("soc").asText()))
                .findFirst().orElseThrow();
        String html = site.get("/compare/" + (a.compareTo(b) < 0 ? a + "-vs-" + b : b + "-vs-" + a)).body();
        assertTrue(html.contains("Like with like: both figures are published percentiles"), "direct comparison");
        assertFalse(html.contains("(modelled)"));
    }

    @Test
    void the_states_table_links_each_roles_figure_to_its_state_page() {
        String a = slugsBySource(true).get(0);
        String b = slugsBySource(true).stream().filter(s -> !role(s).get("soc").asText().equals(role(a).get("soc").asText()))
                .findFirst().orElseThrow();
        String html = site.get("/compare/" + (a.compareTo(b) < 0 ? a + "-vs-" + b : b + "-vs-" + a)).body();
        String states = html.substring(html.indexOf("<table class=\"data\" id=\"states\">"));
        states = states.substring(0, states.indexOf("</table>"));
        Matcher link = Pattern.compile("href=\"(/salaries/[a-z0-9-]+/[a-z0-9-]+)\"").matcher(states);
        int links = 0;
        while (link.find()) {
            links++;
            if (links <= 4) {
                assertEquals(200, site.get(link.group(1)).statusCode(), link.group(1));
            }
        }
        assertTrue(links >= 2 * 50, "both roles' medians linked in most states: " + links);
        assertTrue(states.contains("/salaries/" + a + "/california") || states.contains("/salaries/" + b + "/california"));
    }

    @Test
    void an_unknown_role_in_the_path_is_the_sites_404_page_with_the_compare_form() {
        String known = roles.get(0).get("slug").asText();
        for (String path : List.of("/compare/no-such-role-vs-" + known, "/compare/" + known + "-vs-no-such-role",
                "/compare/nothing-to-split")) {
            HttpResponse<String> response = site.get(path);
            assertEquals(404, response.statusCode(), path);
            String html = response.body();
            assertTrue(html.contains("We could not find that page"), "the site's 404 page: " + path);
            assertTrue(html.contains("action=\"/compare\""), "with the compare form: " + path);
            assertTrue(html.contains("We have no role called “"), "saying which role is unknown: " + path);
        }
        assertTrue(site.get("/compare/no-such-role-vs-" + known).body()
                .contains("<option value=\"" + known + "\" selected=\"selected\">"), "the known role stays chosen");
    }

    @Test
    void the_sitemap_lists_the_compare_form_but_not_every_pair() {
        String sitemap = site.get("/sitemap.xml").body();
        assertTrue(sitemap.contains("<loc>https://salaryatlas.test/compare</loc>"));
        assertFalse(sitemap.contains("/compare/"), "no pair pages");
    }

    /** content/data/projections.csv's row for a SOC code, as import-ep wrote it (thousands of jobs). */
    static Map<String, String> projection(String soc) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(Path.of("content/data/projections.csv")))) {
            return parser.getRecords().stream().map(CSVRecord::toMap).filter(r -> r.get("soc").equals(soc))
                    .findFirst().orElseThrow();
        }
    }

    /** Thousands as the file has them ("1693.8") in jobs as pages print them ("1,693,800"). */
    static String jobs(String thousands) {
        long n = new BigDecimal(thousands).movePointRight(3).longValueExact();
        return (n < 0 ? "\u2212" : "") + String.format(Locale.US, "%,d", Math.abs(n));
    }

    static final String OUTLOOK = "Job outlook, 2024\u201334";

    @Test
    void a_pair_of_occupations_prints_both_2024_employments_from_the_projections_file() throws IOException {
        List<String> row = Http.row(site.get("/compare/data-scientist-vs-software-developer").body(), OUTLOOK,
                "Employment, 2024");
        assertEquals(jobs(projection(role("data-scientist").get("soc").asText()).get("employment_from")), row.get(1));
        assertEquals(jobs(projection(role("software-developer").get("soc").asText()).get("employment_from")), row.get(2));
    }

    @Test
    void a_pair_prints_both_changes_in_percent_beside_all_occupations() throws IOException {
        List<String> row = Http.row(site.get("/compare/data-scientist-vs-software-developer").body(), OUTLOOK,
                "Change, 2024\u201334, percent");
        assertEquals("+" + projection(role("data-scientist").get("soc").asText()).get("change_pct") + "%", row.get(1));
        assertEquals("+" + projection(role("software-developer").get("soc").asText()).get("change_pct") + "%", row.get(2));
        assertEquals("+" + projection("00-0000").get("change_pct") + "%", row.get(3));
    }

    @Test
    void a_pair_prints_both_openings_a_year() throws IOException {
        List<String> row = Http.row(site.get("/compare/data-scientist-vs-software-developer").body(), OUTLOOK,
                "Openings a year (average, 2024\u201334)");
        assertEquals(jobs(projection(role("data-scientist").get("soc").asText()).get("openings")), row.get(1));
        assertEquals(jobs(projection(role("software-developer").get("soc").asText()).get("openings")), row.get(2));
    }

    @Test
    void two_titles_of_one_occupation_share_one_outlook_column_labelled_as_the_occupations() throws IOException {
        String html = site.get("/compare/backend-developer-vs-devops-engineer").body();
        List<String> row = Http.row(html, OUTLOOK, "Employment, 2024");
        assertEquals(List.of("Employment, 2024", jobs(projection("15-1252").get("employment_from")),
                jobs(projection("00-0000").get("employment_from"))), row);
        assertTrue(html.contains("<th scope=\"col\" class=\"num\">Both roles: Software Developers (BLS 15-1252)</th>"), html);
    }

    static final Dataset DATA = Fixtures.contentModel().data();
    static final PriceLevels PRICES = new PriceLevels(DATA);
    static final String PAIR = "/compare/data-scientist-vs-software-developer";
    static final String ONE_OCCUPATION = "/compare/backend-developer-vs-devops-engineer";

    static String areaName(String code) {
        return DATA.oews().area(code).orElseThrow().name();
    }

    /** A state's median as the pages print it: "not published" where BLS withheld it, flagged when few workers. */
    static String median(String soc, String area) {
        return DATA.oews().state(soc, area).map(r -> Explanations.wage(r.median())
                + (r.median() != null && SmallSamples.isSmall(r) ? " (small sample)" : "")).orElse("not published");
    }

    static String real(String soc, String area) {
        return PRICES.realStateMedian(soc, area).map(Explanations::wage).orElse(PRICES.stateParity(area).isEmpty()
                ? "no price level" : "not published");
    }

    @Test
    void a_pair_leads_its_states_with_where_the_first_roles_median_buys_the_most() {
        String ds = role("data-scientist").get("soc").asText();
        String sd = role("software-developer").get("soc").asText();
        PriceLevels.Rank first = PRICES.ranks(ds).get(0);
        assertEquals(List.of("1st " + areaName(first.area()), Format.money(first.median()),
                Format.money(first.realMedian()), median(sd, first.area()), real(sd, first.area())),
                Http.rows(site.get(PAIR).body(), "Where Data Scientist").get(0));
    }

    @Test
    void a_pair_shows_the_top_and_bottom_five_states_by_default() {
        String ds = role("data-scientist").get("soc").asText();
        List<PriceLevels.Rank> ranks = PRICES.ranks(ds);
        List<List<String>> rows = Http.rows(site.get(PAIR).body(), "Where Data Scientist");
        assertEquals(10, rows.size());
        assertEquals(Format.ordinal(ranks.get(ranks.size() - 1).byRealMedian()) + " "
                + areaName(ranks.get(ranks.size() - 1).area()), rows.get(9).get(0), "the last one ranked");
    }

    @Test
    void the_pairs_ranking_names_the_parity_year() {
        int year = PRICES.stateParity("US").orElseThrow().year();
        assertTrue(site.get(PAIR).body().replace("&#39;", "'").contains("BEA's regional price parities, " + year + ";"));
    }

    @Test
    void the_full_states_table_is_one_tap_away_inside_details() {
        String html = site.get(PAIR).body();
        int details = html.indexOf("<details class=\"disclosure states-all\">");
        assertTrue(details > 0, "a details element");
        assertTrue(html.indexOf("<table class=\"data\" id=\"states\">", details) > details, "the full table inside it");
    }

    @Test
    void the_full_states_table_prints_both_medians_in_national_average_prices() {
        String ds = role("data-scientist").get("soc").asText();
        String sd = role("software-developer").get("soc").asText();
        List<String> california = Http.row(site.get(PAIR).body(), "Official state medians for both roles", "California");
        assertEquals(List.of("California", median(ds, "CA"), real(ds, "CA"), median(sd, "CA"), real(sd, "CA")),
                california.subList(0, 5));
    }

    @Test
    void the_full_states_table_says_a_territory_has_no_price_level() {
        String sd = role("software-developer").get("soc").asText();
        List<String> puertoRico = Http.row(site.get(PAIR).body(), "Official state medians for both roles", "Puerto Rico");
        assertEquals("no price level", puertoRico.get(4), "Puerto Rico's software developers: " + median(sd, "PR"));
    }

    @Test
    void two_roles_of_one_occupation_say_so_and_show_its_states_once() {
        String html = site.get(ONE_OCCUPATION).body();
        assertTrue(html.contains("so they share its official state figures"));
        List<String> first = Http.rows(html, "Where both roles").get(0);
        PriceLevels.Rank top = PRICES.ranks("15-1252").get(0);
        assertEquals(List.of("1st " + areaName(top.area()), Format.money(top.median()), Format.money(top.realMedian())),
                first);
    }

    @Test
    void two_roles_of_one_occupation_have_one_pair_of_columns_in_the_full_table() {
        List<String> california = Http.row(site.get(ONE_OCCUPATION).body(), "Official state medians for both roles",
                "California");
        assertEquals(List.of("California", median("15-1252", "CA"), real("15-1252", "CA")), california);
    }
}
