package com.salaryatlas.browser;

import static com.codeborne.selenide.Condition.attribute;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compare form in headless Chromium: from a role page, pick a second role, land on the pair's page. */
class CompareBrowserTest {

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
    void picking_two_roles_in_the_form_lands_on_the_pair_page_with_its_chart_drawn() {
        open(site.base() + "/salaries/web-developer");
        $("#next").closest("section").find(Selectors.byPartialLinkText("Compare")).click();
        $("#a").getSelectedOption().shouldHave(attribute("value", "web-developer"));
        $("#b").selectOptionByValue("data-scientist");
        $(".compare-form button[type=submit]").click();

        // The heading first: Selenide waits for it, so the address is read after the navigation, not during it.
        $("h1").shouldHave(text("Data Scientist vs Web Developer"));
        assertTrue(url().endsWith("/compare/data-scientist-vs-web-developer"), url());
        $("#answer").shouldBe(visible);
        $("#like-with-like").shouldHave(text("like with like"));
        $("#chart-distributions").scrollIntoView(true).shouldBe(visible);
        com.codeborne.selenide.Selenide.Wait().until(driver -> Boolean.TRUE.equals(executeJavaScript(
                "return Chart.getChart(document.getElementById('chart-distributions')) !== undefined;")));
        Long bars = executeJavaScript("var c = Chart.getChart(document.getElementById('chart-distributions'));"
                + " return c.data.datasets.length * c.data.labels.length;");
        assertEquals(10L, bars, "two roles across five percentiles");
        // The full states table waits behind its summary, one tap away; the ends of the ranking show before it.
        $("details.states-all summary").scrollIntoView(true).click();
        $("#states a[href='/salaries/data-scientist/california']").shouldBe(visible);
    }

    @Test
    void choosing_the_same_role_twice_keeps_the_visitor_on_the_form_with_the_error_at_the_field() {
        open(site.base() + "/compare");
        $("#a").selectOptionByValue("cloud-engineer");
        $("#b").selectOptionByValue("cloud-engineer");
        $(".compare-form button[type=submit]").click();
        $("#b-error").shouldHave(text("Choose two different roles"));
        $("#b").shouldHave(attribute("aria-invalid", "true"));
        $("#a").getSelectedOption().shouldHave(attribute("value", "cloud-engineer"));
    }
}
