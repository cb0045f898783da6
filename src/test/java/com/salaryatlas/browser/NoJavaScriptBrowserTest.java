package com.salaryatlas.browser;

import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.closeWebDriver;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.codeborne.selenide.WebDriverRunner;
import com.salaryatlas.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calculator in Chromium with JavaScript disabled: the plain form post must give the whole result. */
class NoJavaScriptBrowserTest {

    static TestSite site;

    @BeforeAll
    static void startSite() {
        site = TestSite.servingRealContent();
        closeWebDriver();
        Browser.configure(false);
    }

    @AfterAll
    static void stopSite() {
        closeWebDriver();
        Browser.configure(true);
        site.close();
    }

    @Test
    void form_post_without_javascript_gives_the_result() {
        open(site.base() + "/calculator");
        assertTrue(!(Boolean) ((org.openqa.selenium.JavascriptExecutor) WebDriverRunner.getWebDriver())
                .executeScript("return typeof Chart !== 'undefined' && typeof window.SalaryAtlasCharts !== 'undefined';"),
                "page scripts did not run");
        $("#role").selectOptionByValue("backend-developer");
        $("#level").selectOptionByValue("entry");
        $("#calculator-form button[type=submit]").click();
        $("#result-heading").shouldHave(text("Backend Developer"));
        $(".result__mid").shouldHave(exactText(apiMid(site, "role=backend-developer&level=entry&location=us")));
        $(".factor-table").shouldHave(text("Experience: Entry level"));
    }

    /** The middle the API gives for the same query: what the page must print, whatever the data says. */
    static String apiMid(TestSite on, String query) {
        String json = on.get("/api/estimate?" + query).body();
        return json.replaceAll("(?s).*\"text\":\\{[^}]*\"mid\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void the_charts_show_their_numbers_without_javascript() {
        open(site.base() + "/salaries/software-developer");
        $("#chart-trend").closest("figure").find(".chart__canvas").shouldNotBe(com.codeborne.selenide.Condition.visible);
        $("#chart-distribution").closest("figure").find(".chart__canvas").shouldNotBe(com.codeborne.selenide.Condition.visible);
        open(site.base() + "/guides/backend-developer-vs-devops-engineer");
        $("#chart-levels").closest("figure").find("details table").shouldBe(com.codeborne.selenide.Condition.visible);
    }

    @Test
    void bad_input_without_javascript_comes_back_with_the_message_at_the_field() {
        open(site.base() + "/calculator");
        $("#years").setValue("many");
        $("#calculator-form button[type=submit]").click();
        $("#years-error").shouldHave(text("whole number"));
        $("#error-summary").shouldHave(text("whole number"));
    }
}
