package com.salaryatlas.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactValue;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.closeWebDriver;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.WebDriverRunner.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.TestSite;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reporting a wrong figure from a role page in headless Chromium: the plain form, no script involved. */
class ReportBrowserTest {

    static TestSite site;
    static String rolePage;

    @BeforeAll
    static void startSite() {
        site = TestSite.servingRealContent();
        Matcher m = Pattern.compile("href=\"(/salaries/[a-z0-9-]+)\"").matcher(site.get("/salaries").body());
        assertTrue(m.find(), "the roles index links a role page");
        rolePage = m.group(1);
        Browser.configure(true);
    }

    @AfterAll
    static void stopSite() {
        closeWebDriver();
        site.close();
    }

    @Test
    void a_visitor_reports_a_figure_from_a_role_page_fixes_a_short_message_and_gets_back_to_the_page() throws SQLException {
        open(site.base() + rolePage);
        $("#report-message").scrollIntoView(true).setValue("Too low");
        $("#report-message").closest("form").find("button[type=submit]").click();

        $("h1").shouldHave(text("Report a wrong figure"));
        $("#report-message-error").shouldHave(text("at least 10 characters"));
        $("#report-message").shouldHave(exactValue("Too low")).shouldHave(attribute("aria-invalid", "true"));

        $("#report-message").setValue("The 90th percentile here looks lower than the BLS table.");
        $("#report-message").closest("form").find("button[type=submit]").click();
        $("h1").shouldHave(text("Thank you for your report"));
        $("main a[href='" + rolePage + "']").click();
        com.codeborne.selenide.Selenide.Wait().until(driver -> url().endsWith(rolePage));

        try (Connection c = site.dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT page, message FROM report")) {
            assertTrue(r.next(), "one report stored");
            assertEquals(rolePage, r.getString(1));
            assertEquals("The 90th percentile here looks lower than the BLS table.", r.getString(2));
        }
    }
}
