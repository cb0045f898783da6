package com.salaryatlas.home;

import static com.salaryatlas.Http.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.TestSite;
import com.salaryatlas.articles.Article;
import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Oews;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.Wage;
import com.salaryatlas.estimate.PriceLevels;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.explain.Format;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The home page as a landing page: role finder (with and without JavaScript), key figures, states map, guides. */
class HomeRoutesTest {

    static final Fixtures.Model CONTENT = Fixtures.contentModel();
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.servingRealContent();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String page(String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String search(String query) {
        return page("/salaries?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** The rows of the role table: the finder's answer, without the breadcrumbs, suggestions or navigation. */
    private static String tableOf(String html) {
        int start = html.indexOf("<tbody>");
        return start < 0 ? "" : html.substring(start, html.indexOf("</tbody>", start));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    /**
     * The finder's rule, said independently of the code under test: every word in the title, the BLS code or one of
     * the names content/data/role_aliases.csv gives the role.
     */
    private static boolean holdsEveryWord(Role role, String query) {
        String text = (role.title() + " " + role.soc() + " " + String.join(" ", CONTENT.data().aliasesOf(role.slug())))
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Role softwareDevelopers() {
        return CONTENT.data().occupationRole("15-1252").orElseThrow();
    }

    @Test
    void the_home_finder_is_a_get_form_to_the_role_index_that_works_without_javascript() {
        String home = page("/");
        assertTrue(home.matches("(?s).*<form[^>]*action=\"/salaries\" method=\"get\" role=\"search\".*"), "GET form");
        assertTrue(home.contains("<input id=\"finder-q\" name=\"q\" type=\"search\""), "the q field");
        assertTrue(home.contains("<label for=\"finder-q\">"), "a labelled field");
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("<script src=\"(/assets/finder\\.[0-9a-f]{10}\\.js)\" defer></script>").matcher(home);
        assertTrue(script.find(), "the enhancement is a file, fingerprinted");
        assertEquals(200, site.get(script.group(1)).statusCode());
    }

    @Test
    void the_home_page_lists_every_role_for_the_script_to_filter_and_announces_the_count() {
        String finder = section(page("/"), "find");
        List<Role> roles = CONTENT.data().roles();
        assertEquals(roles.size(), count(finder, "<li data-search=\""), "one item per role");
        for (Role role : roles) {
            assertTrue(finder.contains("href=\"/salaries/" + role.slug() + "\""), role.slug());
        }
        assertTrue(finder.contains("role=\"status\" aria-live=\"polite\">All " + roles.size() + " roles.</p>"), finder);
        assertTrue(finder.contains("id=\"finder-empty\" class=\"callout\" hidden"), "no-match message hidden at first");
    }

    @Test
    void a_query_filters_the_role_index_on_the_server() {
        String html = search("data");
        String rows = tableOf(html);
        int matching = 0;
        for (Role role : CONTENT.data().roles()) {
            boolean expected = holdsEveryWord(role, "data");
            matching += expected ? 1 : 0;
            assertEquals(expected, rows.contains("href=\"/salaries/" + role.slug() + "\""), role.slug());
        }
        assertTrue(rows.contains("href=\"/salaries/data-engineer\"") && !rows.contains("href=\"/salaries/backend-developer\""));
        assertTrue(html.contains(matching + " roles match \u201cdata\u201d."), "the count is announced");
        assertTrue(html.contains("value=\"data\""), "the query stays in the field");
    }

    @Test
    void every_word_of_a_query_must_match_and_a_bls_code_finds_its_occupation_and_titles() {
        String rows = tableOf(search("computer analyst"));
        assertTrue(rows.contains("/salaries/computer-systems-analyst\""), rows);
        assertFalse(rows.contains("/salaries/information-security-analyst\""), "security analysts are not 'computer'");
        assertFalse(rows.contains("/salaries/computer-programmer\""), "programmers are not analysts");

        String bySoc = tableOf(search("15-1252"));
        for (Role role : CONTENT.data().roles()) {
            assertEquals(role.soc().equals("15-1252"), bySoc.contains("href=\"/salaries/" + role.slug() + "\""), role.slug());
        }
    }

    @Test
    void a_query_matching_no_role_says_so_and_suggests_a_few_roles() {
        String html = search("astronaut");
        assertTrue(html.contains("No role matches \u201castronaut\u201d."), "the status says so");
        assertTrue(html.contains("<div id=\"finder-empty\" class=\"callout\">"), "the message is shown, not hidden");
        assertFalse(html.contains("<table"), "no empty table");
        String message = html.substring(html.indexOf("id=\"finder-empty\""), html.indexOf("</div>", html.indexOf("id=\"finder-empty\"")));
        int suggested = 0;
        for (Role role : CONTENT.data().roles()) {
            suggested += message.contains("href=\"/salaries/" + role.slug() + "\"") ? 1 : 0;
        }
        assertTrue(suggested >= 3, "suggests a few roles: " + message);
        assertTrue(html.contains("href=\"/salaries\">Every role</a>"), "a way back to every role");
    }

    @Test
    void the_query_is_echoed_escaped() {
        String html = search("<script>alert(1)</script>\"");
        assertFalse(html.contains("<script>alert(1)"), "never echoed raw");
        assertTrue(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;\""), "escaped in the field");
        assertTrue(html.contains("No role matches \u201c&lt;script&gt;alert(1)&lt;/script&gt;&quot;\u201d."), "escaped in the status");
    }

    @Test
    void an_answer_is_not_indexed_nor_cached_and_the_cached_index_stays_whole() {
        try (TestSite fresh = TestSite.servingRealContent()) {
            // The answer first: it must not become the cached index.
            HttpResponse<String> answer = fresh.get("/salaries?q=data");
            assertEquals("no-cache", answer.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(answer.body().contains("<meta name=\"robots\" content=\"noindex\">"));
            assertTrue(answer.body().contains("<link rel=\"canonical\" href=\"https://salaryatlas.test/salaries\">"));
            assertFalse(answer.body().matches("(?s).*src=\"/assets/finder\\.[0-9a-f]{10}\\.js\".*"), "a partial list is not filtered in the page");

            HttpResponse<String> index = fresh.get("/salaries");
            assertEquals("public, max-age=300", index.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(index.headers().firstValue("ETag").isPresent(), "the index is still served from the cache");
            assertEquals(CONTENT.data().roles().size(), count(tableOf(index.body()), "<tr data-search="), "every role");
            assertTrue(index.body().matches("(?s).*src=\"/assets/finder\\.[0-9a-f]{10}\\.js\".*"), "the full index filters as you type");
            assertEquals(CONTENT.data().roles().size(), count(tableOf(fresh.get("/salaries?q=").body()), "<tr data-search="),
                    "a blank query is the index");
        }
    }

    @Test
    void the_key_figures_are_the_datasets_values() {
        String figures = section(page("/"), "key-figures");
        Oews oews = CONTENT.data().oews();
        OccupationPay latest = oews.latestNational("15-1252").orElseThrow();
        long occupations = CONTENT.data().roles().stream().filter(Role::isOccupation).count();
        assertTrue(figures.contains(">" + Explanations.wage(latest.median()) + "<"), "software developers' median");
        assertTrue(figures.contains("BLS, " + oews.source(latest.source()).referencePeriod() + ", national"), "its period");
        assertTrue(figures.contains(">" + Format.count(occupations) + "<"), "occupations covered");
        assertTrue(figures.contains("plus " + Format.count(CONTENT.data().roles().size() - occupations) + " job titles"));
        assertTrue(figures.contains(">" + Format.count(oews.areasWithAMedian("15-1252").size()) + "<"),
                "states and territories with a software developers' median");
        assertTrue(figures.contains(">" + oews.latestPeriod() + "<"), "the newest period");
        assertTrue(figures.contains("href=\"/salaries/" + softwareDevelopers().slug() + "\""), "leads to the role page");
    }

    @Test
    void the_states_map_links_every_published_state_to_its_page() {
        String map = section(page("/"), "states");
        Oews oews = CONTENT.data().oews();
        List<OccupationPay> states = oews.states("15-1252");
        assertFalse(states.isEmpty());
        for (OccupationPay row : states) {
            Area area = oews.area(row.area()).orElseThrow();
            String href = "/salaries/" + softwareDevelopers().slug() + "/" + area.slug();
            assertTrue(map.contains("href=\"" + href + "\""), href);
            assertEquals(200, site.get(href).statusCode(), href);
        }
        assertTrue(map.contains(oews.statePeriod()), "names the state file's period");
    }

    /** The states map's tile of one place: its list item, from the class to the closing tag. */
    private static String tile(String html, String name) {
        int title = html.indexOf("title=\"" + name + ":");
        assertTrue(title > 0, "a tile for " + name);
        int start = html.lastIndexOf("<li class=\"tile ", title);
        return html.substring(start, html.indexOf("</li>", title));
    }

    private static String etag(String path) {
        return site.get(path).headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
    }

    @Test
    void the_home_map_links_to_pay_in_national_average_prices_without_javascript() {
        assertTrue(section(page("/"), "states").contains("<a href=\"/?map=real#states\">"));
    }

    @Test
    void the_price_adjusted_home_map_links_back_to_the_median() {
        assertTrue(section(page("/?map=real"), "states").contains("<a href=\"/#states\">Shade the map by median pay</a>"));
    }

    @Test
    void map_real_shades_each_state_by_its_median_in_national_average_prices() {
        String html = page("/?map=real");
        Oews oews = CONTENT.data().oews();
        PriceLevels prices = new PriceLevels(CONTENT.data());
        int checked = 0;
        for (OccupationPay row : oews.states("15-1252")) {
            Optional<Wage> real = prices.realStateMedian("15-1252", row.area());
            if (real.isPresent() && real.get().exact()) {
                String name = oews.area(row.area()).orElseThrow().name();
                assertTrue(tile(html, name).contains("title=\"" + name + ": " + Format.money(real.get().amount())
                        + " in national-average prices\""), tile(html, name));
                checked++;
            }
        }
        assertTrue(checked >= 50, "the states and DC: " + checked);
    }

    @Test
    void map_real_shows_a_territory_with_a_median_as_having_no_price_level() {
        String html = page("/?map=real");
        Oews oews = CONTENT.data().oews();
        PriceLevels prices = new PriceLevels(CONTENT.data());
        List<OccupationPay> territories = oews.states("15-1252").stream().filter(r -> r.median() != null)
                .filter(r -> prices.parity(r).isEmpty()).toList();
        assertFalse(territories.isEmpty(), "BEA publishes no parity for the territories");
        for (OccupationPay row : territories) {
            String name = oews.area(row.area()).orElseThrow().name();
            assertTrue(tile(html, name).contains("title=\"" + name + ": no price level\""), tile(html, name));
            assertTrue(tile(html, name).contains("tile--none"), tile(html, name));
        }
    }

    @Test
    void the_price_adjusted_home_map_names_the_parity_year() {
        int year = new PriceLevels(CONTENT.data()).stateParity("US").orElseThrow().year();
        assertTrue(page("/?map=real").replace("&#39;", "'").contains("BEA's regional price parities for " + year + ")"));
    }

    @Test
    void the_default_home_map_shades_by_the_median_as_paid() {
        String html = page("/");
        Oews oews = CONTENT.data().oews();
        OccupationPay first = oews.states("15-1252").stream().filter(r -> r.median() != null && r.median().exact())
                .findFirst().orElseThrow();
        String name = oews.area(first.area()).orElseThrow().name();
        assertTrue(tile(html, name).contains("title=\"" + name + ": " + Format.money(first.median().amount()) + "\""),
                tile(html, name));
    }

    @Test
    void the_price_adjusted_home_page_keeps_the_root_as_its_canonical_url() {
        assertTrue(page("/?map=real").contains("<link rel=\"canonical\" href=\"https://salaryatlas.test/\">"));
    }

    @Test
    void the_two_home_maps_are_cached_apart() {
        String plain = etag("/");
        String real = etag("/?map=real");
        assertFalse(plain.equals(real), "two pages, two tags");
        assertEquals(plain, etag("/"), "the default page again");
        assertEquals(real, etag("/?map=real"), "the price-adjusted page again, not the default one");
    }

    @Test
    void an_unknown_map_value_gets_the_default_home_page() {
        assertEquals(etag("/"), etag("/?map=bogus"));
    }

    @Test
    void every_guide_and_comparison_is_linked_from_the_home_page() {
        String home = page("/");
        List<Article> articles = CONTENT.articles(Path.of("content")).all();
        assertFalse(articles.isEmpty());
        for (Article a : articles) {
            assertTrue(home.contains("<a href=\"" + a.url() + "\">"), a.url());
        }
        assertEquals(articles.size(), count(home, "<article class=\"card\">"), "one card each");
    }

    @Test
    void the_finder_leads_swe_to_software_developer() {
        assertTrue(tableOf(search("SWE")).contains("href=\"/salaries/software-developer\""));
    }

    @Test
    void the_finder_leads_sre_to_devops_engineer() {
        assertTrue(tableOf(search("SRE")).contains("href=\"/salaries/devops-engineer\""));
    }

    @Test
    void the_finder_leads_data_analyst_to_data_scientist() {
        assertTrue(tableOf(search("data analyst")).contains("href=\"/salaries/data-scientist\""));
    }

    @Test
    void the_finder_leads_sysadmin_to_the_systems_administrators() {
        assertTrue(tableOf(search("sysadmin")).contains("href=\"/salaries/network-and-computer-systems-administrator\""));
    }
}
