package com.salaryatlas.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.closeWebDriver;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.WebDriverRunner.url;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.codeborne.selenide.Selectors;
import com.salaryatlas.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SiteBrowserTest {

    static TestSite site;
    static String base;

    @BeforeAll
    static void startSite() {
        site = TestSite.start();
        site.app.start(0);
        base = "http://127.0.0.1:" + site.app.port();
        Browser.configure(true);
    }

    @AfterAll
    static void stopSite() {
        closeWebDriver();
        site.app.stop();
        site.close();
    }

    @Test
    void home_page_opens_and_its_navigation_leads_to_the_calculator() {
        open(base + "/");
        $("h1").shouldHave(text("Software salaries"));
        $(".site-nav").find(Selectors.byText("Calculator")).click();
        $("h1").shouldHave(text("calculator"));
        assertTrue(url().endsWith("/calculator"), url());
        $(".site-nav a[href='/calculator']").shouldHave(attribute("aria-current", "page"));
    }
}
