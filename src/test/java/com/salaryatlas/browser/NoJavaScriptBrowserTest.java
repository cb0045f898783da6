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
        $(".result__mid").shouldHave(exactText("$91,450"));
        $(".factor-table").shouldHave(text("Experience: Entry level"));
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
