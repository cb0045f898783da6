package com.salaryatlas.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.closeWebDriver;
import static com.codeborne.selenide.Selenide.executeJavaScript;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.WebDriverRunner.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.codeborne.selenide.Selectors;
import com.salaryatlas.TestSite;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The site in headless Chromium with JavaScript on. */
class SiteBrowserTest {

    static TestSite site;

    @BeforeAll
    static void startSite() {
        site = TestSite.servingRealContent();
        Browser.configure(true);
    }

    @AfterAll
    static void stopSite() {
        closeWebDriver();
        site.close();
    }

    @Test
    void home_page_opens_and_its_navigation_leads_to_the_calculator() {
        open(site.base() + "/");
        $("h1").shouldHave(text("Software salaries"));
        $(".site-nav").find(Selectors.byText("Calculator")).click();
        $("h1").shouldHave(exactText("Salary calculator"));
        assertTrue(url().endsWith("/calculator"), url());
        $(".site-nav a[href='/calculator']").shouldHave(attribute("aria-current", "page"));
    }

    @Test
    void comparison_page_draws_its_charts_and_keeps_their_data_tables() {
        open(site.base() + "/guides/backend-developer-vs-devops-engineer");
        $("#chart-levels").scrollIntoView(true).shouldBe(visible);
        // Charts are drawn as they scroll near, so wait for this one to exist.
        com.codeborne.selenide.Selenide.Wait().until(driver -> Boolean.TRUE.equals(executeJavaScript(
                "return Chart.getChart(document.getElementById('chart-levels')) !== undefined;")));
        Long bars = executeJavaScript("var c = Chart.getChart(document.getElementById('chart-levels'));"
                + " return c ? c.data.datasets.length * c.data.labels.length : 0;");
        assertEquals(8L, bars, "two roles across four levels");
        Long width = executeJavaScript("return document.getElementById('chart-levels').width;");
        assertTrue(width > 0);
        $("#chart-levels").closest("figure").find("details table").should(com.codeborne.selenide.Condition.exist);
        $("#chart-levels").closest("figure").find("details summary").click();
        $("#chart-levels").closest("figure").find("details table").shouldHave(text("Senior"));
    }

    @Test
    void inline_calculator_on_a_comparison_submits_to_the_calculator_result() {
        open(site.base() + "/guides/backend-developer-vs-devops-engineer");
        $("#inline-role").selectOptionByValue("devops-engineer");
        $("#inline-level").selectOptionByValue("senior");
        $("#try-it").closest("section").find("button[type=submit]").click();
        $("#result-heading").shouldHave(text("DevOps Engineer"));
        $("#level").getSelectedOption().shouldHave(attribute("value", "senior"));
    }

    @Test
    void calculator_updates_live_as_inputs_change_and_keeps_the_address_shareable() {
        open(site.base() + "/calculator?role=backend-developer&level=entry&location=us");
        $(".result__mid").shouldHave(exactText(NoJavaScriptBrowserTest.apiMid(site, "role=backend-developer&level=entry&location=us")));
        executeJavaScript("window.__sameDocument = true;");
        $("#level").selectOptionByValue("staff");
        String staff = NoJavaScriptBrowserTest.apiMid(site, "role=backend-developer&level=staff&location=us");
        $(".result__mid").shouldHave(exactText(staff), Duration.ofSeconds(8));
        assertEquals(Boolean.TRUE, executeJavaScript("return window.__sameDocument === true;"), "no full reload");
        assertTrue(url().contains("level=staff"), url());
        String shared = $("#share-url").getValue();
        assertTrue(shared.contains("level=staff"), shared);

        open(shared.replace("https://salaryatlas.test", site.base()));
        $(".result__mid").shouldHave(exactText(staff));
        $("#level").getSelectedOption().shouldHave(attribute("value", "staff"));
    }

    @Test
    void changing_the_role_swaps_in_that_roles_fields_and_estimates_it() {
        open(site.base() + "/calculator?role=backend-developer&level=mid&location=us");
        executeJavaScript("window.__sameDocument = true;");
        $("#role").selectOptionByValue("devops-engineer");
        $("#result-heading").shouldHave(text("DevOps Engineer"), Duration.ofSeconds(8));
        $("#role-fields").should(com.codeborne.selenide.Condition.exist);
        assertEquals(Boolean.TRUE, executeJavaScript("return window.__sameDocument === true;"), "no reload");
    }

    @Test
    void a_role_the_level_cannot_have_leaves_no_stale_figure_in_the_sticky_summary() {
        open(site.base() + "/calculator?role=backend-developer&level=entry&location=us");
        $(".result-sticky").should(com.codeborne.selenide.Condition.exist);
        $("#role").selectOptionByValue("senior-backend-developer");
        $("#live-errors").should(com.codeborne.selenide.Condition.exist, Duration.ofSeconds(8));
        $(".result-sticky").shouldNot(com.codeborne.selenide.Condition.exist);
    }

    @Test
    void the_first_estimate_on_a_blank_form_appears_in_place_without_a_reload() {
        open(site.base() + "/calculator");
        $("#result").shouldNot(com.codeborne.selenide.Condition.exist);
        executeJavaScript("window.__sameDocument = true;");
        $("#level").selectOptionByValue("senior");
        $("#result-heading").shouldHave(text("Backend Developer"), Duration.ofSeconds(8));
        assertEquals(Boolean.TRUE, executeJavaScript("return window.__sameDocument === true;"), "no navigation");
        assertTrue(url().contains("level=senior"), url());
    }

    @Test
    void typing_years_key_by_key_never_reloads_keeps_every_key_and_moves_the_level() {
        open(site.base() + "/calculator");
        executeJavaScript("window.__sameDocument = true;");
        $("#years").sendKeys("1");
        com.codeborne.selenide.Selenide.sleep(900);
        $("#years").sendKeys("2");
        $("#result-heading").shouldHave(text("Backend Developer"), Duration.ofSeconds(8));
        $("#years").shouldHave(com.codeborne.selenide.Condition.value("12"));
        $("#level").getSelectedOption().shouldHave(attribute("value", "staff"));
        assertEquals(Boolean.TRUE, executeJavaScript("return window.__sameDocument === true;"), "no reload while typing");
        assertEquals("years", executeJavaScript("return document.activeElement.id;"), "focus stays in the field");
        com.codeborne.selenide.Selenide.Wait().until(d -> url().contains("years=12"));
    }

    @Test
    void an_offer_typed_as_150k_gets_a_verdict_card() {
        open(site.base() + "/calculator?role=backend-developer&level=mid&location=us");
        $("#offer").setValue("150k");
        $(".offer-card").shouldBe(visible, Duration.ofSeconds(8));
        $(".offer-card__verdict").shouldHave(text("your offer of $150,000 is"));
        $("#offer").shouldHave(com.codeborne.selenide.Condition.value("150k"));
    }

    @Test
    void on_a_phone_the_middle_and_range_stay_in_view_while_the_form_scrolls() {
        open(site.base() + "/calculator?role=backend-developer&level=mid&location=us");
        try {
            com.codeborne.selenide.WebDriverRunner.getWebDriver().manage().window()
                    .setSize(new org.openqa.selenium.Dimension(390, 800));
            open(site.base() + "/calculator?role=backend-developer&level=mid&location=us");
            $("#offer").scrollIntoView(true);
            $(".result-sticky").shouldBe(visible);
            $(".result-sticky strong").shouldHave(exactText($(".result__mid").getText()));
            Long top = executeJavaScript("return Math.round(document.querySelector('.result-sticky').getBoundingClientRect().top);");
            assertTrue(top > 600 && top < 800, "pinned to the bottom of the screen: " + top);
        } finally {
            com.codeborne.selenide.WebDriverRunner.getWebDriver().manage().window()
                    .setSize(new org.openqa.selenium.Dimension(1366, 900));
        }
    }

    @Test
    void a_bad_field_gets_its_message_beside_it_and_the_last_estimate_stays() {
        open(site.base() + "/calculator?role=backend-developer&level=mid&location=us");
        String before = $(".result__mid").getText();
        $("#years").setValue("many");
        $("#years-error").shouldHave(text("whole number"), Duration.ofSeconds(8));
        $(".result__mid").shouldHave(exactText(before));
    }

    @Test
    void live_update_matches_the_server_for_place_skill_and_company_size() {
        open(site.base() + "/calculator?role=backend-developer&level=mid&location=us");
        $("#location").selectOptionByValue("ca");
        $("#org-size").selectOptionByValue("10-000-or-more-employees");
        $("#result-heading").shouldHave(text("California"), Duration.ofSeconds(8));
        $(".factor-table").shouldHave(text("Company size: 10,000 or more employees"), Duration.ofSeconds(8));
        String live = $(".result__mid").getText();
        String server = site.get("/calculator?role=backend-developer&level=mid&location=ca&org-size=10-000-or-more-employees").body();
        assertTrue(server.contains(">" + live + "<"), "server shows " + live);
    }
}
