package com.salaryatlas.browser;

import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.closeWebDriver;
import static com.codeborne.selenide.Selenide.executeJavaScript;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.WebDriverRunner.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.codeborne.selenide.CollectionCondition;
import com.salaryatlas.Fixtures;
import com.salaryatlas.TestSite;
import com.salaryatlas.dataset.Role;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The home page's role finder in Chromium with JavaScript: the list filters as you type, with no page load. */
class HomeBrowserTest {

    static final List<Role> ROLES = Fixtures.contentModel().data().roles();
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

    private static long matching(String word) {
        return ROLES.stream().filter(r -> (r.title() + " " + r.soc()).toLowerCase(Locale.ROOT).contains(word)).count();
    }

    @Test
    void typing_in_the_finder_filters_the_list_and_announces_the_count_without_a_page_load() {
        open(site.base() + "/");
        $$("#finder-list li").filter(visible).shouldHave(CollectionCondition.size(ROLES.size()));
        executeJavaScript("window.__sameDocument = true;");
        String before = url();

        $("#finder-q").sendKeys("data");
        $$("#finder-list li").filter(visible).shouldHave(CollectionCondition.size((int) matching("data")));
        $("#finder-list a[href='/salaries/data-engineer']").shouldBe(visible);
        $("#finder-list a[href='/salaries/backend-developer']").shouldBe(hidden);
        $("#finder-status").shouldHave(exactText(matching("data") + " roles match \u201cdata\u201d."));

        assertEquals(Boolean.TRUE, executeJavaScript("return window.__sameDocument === true;"), "no page load");
        assertEquals(before, url(), "the address did not change");
    }

    @Test
    void a_search_matching_nothing_shows_the_suggestions_and_clearing_it_brings_every_role_back() {
        open(site.base() + "/");
        $("#finder-empty").shouldBe(hidden);
        $("#finder-q").sendKeys("astronaut");
        $("#finder-empty").shouldBe(visible);
        $("#finder-list").shouldBe(hidden);
        $("#finder-status").shouldHave(exactText("No role matches \u201castronaut\u201d."));

        $("#finder-q").clear();
        $("#finder-q").sendKeys(" ");
        $$("#finder-list li").filter(visible).shouldHave(CollectionCondition.size(ROLES.size()));
        $("#finder-empty").shouldBe(hidden);
        $("#finder-status").shouldHave(exactText("All " + ROLES.size() + " roles."));
    }

    @Test
    void pressing_enter_asks_the_server_for_the_same_answer() {
        open(site.base() + "/");
        $("#finder-q").sendKeys("security", Keys.ENTER);
        $("h1").shouldHave(exactText("Salaries by role"));
        assertTrue(url().endsWith("/salaries?q=security"), url());
        $$("tbody tr").shouldHave(CollectionCondition.size((int) matching("security")));
        $("#finder-status").shouldHave(exactText(matching("security") == 1
                ? "1 role matches \u201csecurity\u201d." : matching("security") + " roles match \u201csecurity\u201d."));
    }
}
