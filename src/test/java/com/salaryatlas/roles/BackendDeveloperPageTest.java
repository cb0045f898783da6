package com.salaryatlas.roles;

import static com.salaryatlas.Http.caption;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backend Developer's page on the real dataset. BLS counts the title as Software Developers (15-1252) but publishes
 * nothing for it, so its national figures are measured by the developer survey: "Developer, back-end", everyone
 * (2023+2024, n = 2,671), has its median ($169,000) at the 64.77th percentile of 15-1252's 10,438 respondents, and
 * BLS's May 2025 Software Developers pay at that percentile is
 * 135,980 + (64.77 - 50) / 25 * (171,980 - 135,980) = 135,980 + 0.5908 * 36,000 = 157,248.8, printed $157,249.
 * The official figures on the page (mean, employment, pay over time, states) stay the occupation's, named as such.
 */
class BackendDeveloperPageTest {

    static TestSite site;
    static String html;

    @BeforeAll
    static void start() {
        site = TestSite.servingRealContent();
        var response = site.get("/salaries/backend-developer");
        assertEquals(200, response.statusCode());
        html = response.body();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void the_backend_developer_page_prints_the_median_the_survey_measures() {
        assertTrue(html.contains("The national median is <strong>$157,249</strong>"), html);
    }

    @Test
    void the_backend_developer_page_does_not_print_software_developers_median_as_its_own() {
        assertFalse(html.contains("The national median is <strong>$135,980</strong>"));
    }

    @Test
    void the_backend_developer_page_names_its_official_figures_as_software_developers() {
        assertTrue(html.contains("the official figures further down (pay over time, states and industries) are for\n"
                + "      <a href=\"/salaries/software-developer\">Software Developers (BLS 15-1252)</a>"), html);
    }

    @Test
    void the_backend_developer_page_labels_its_official_mean_and_employment_with_software_developers() {
        assertTrue(html.contains("<p class=\"muted\">Software Developers (BLS 15-1252)</p>"), html);
    }

    @Test
    void the_backend_developer_page_says_whose_state_median_buys_the_most() {
        assertTrue(html.contains("<p class=\"key-figure__label\">Where the median of Software Developers (BLS 15-1252) "
                + "buys the most</p>"), html);
    }

    @Test
    void the_backend_developer_page_captions_its_pay_over_time_as_software_developers() {
        assertEquals("Annual pay of Software Developers (BLS 15-1252), May 2021 to May 2025",
                caption(html, "Annual pay of Software Developers (BLS 15-1252),"));
    }

    @Test
    void the_backend_developer_page_captions_its_outlook_as_software_developers() {
        assertEquals("Job outlook for Software Developers (BLS 15-1252), 2024\u201334",
                caption(html, "Job outlook for"));
    }

    @Test
    void the_backend_developer_page_captions_its_states_as_software_developers() {
        assertEquals("Pay of Software Developers (BLS 15-1252) by state and territory",
                caption(html, "Pay of Software Developers (BLS 15-1252) by state"));
    }

    @Test
    void the_backend_developer_pages_source_table_names_blss_row_as_software_developers() {
        assertTrue(html.contains(">percentiles of Software Developers (BLS 15-1252), all levels, national</td>"), html);
    }

    @Test
    void the_backend_developer_page_lists_bls_classification_beside_its_own_figures() {
        assertTrue(html.contains("How BLS classifies the title: it counts backend developers as Software Developers "
                + "(15-1252), so these are that occupation&#39;s percentiles, not a figure for backend developers"), html);
    }
}
