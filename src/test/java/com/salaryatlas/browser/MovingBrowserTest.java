package com.salaryatlas.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.closeWebDriver;
import static com.codeborne.selenide.Selenide.executeJavaScript;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.WebDriverRunner.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.TestSite;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calculator's "Moving to" field in Chromium, with JavaScript on (the live form swaps the result in) and off (the
 * plain form post). What the page must print is what the API says for the same query, whatever the data says.
 */
class MovingBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static TestSite site;

    @BeforeAll
    static void startSite() {
        site = TestSite.servingRealContent();
    }

    @AfterEach
    void closeBrowser() {
        // Each test sets JavaScript on or off, which takes a fresh browser.
        closeWebDriver();
    }

    @AfterAll
    static void stopSite() {
        Browser.configure(true);
        site.close();
    }

    /** The move's sentences the API gives for the same query. */
    private static JsonNode moveText(String query) {
        try {
            return JSON.readTree(site.get("/api/estimate?" + query).body()).path("move").path("text");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void with_javascript_choosing_a_state_to_move_to_updates_the_result_in_place_and_the_address() {
        Browser.configure(true);
        open(site.base() + "/calculator?role=backend-developer&level=mid&location=ca");
        $("#result-heading").shouldHave(text("California"));
        executeJavaScript("window.__sameDocument = true;");
        $("#moving-to").selectOptionByValue("wa");
        JsonNode expected = moveText("role=backend-developer&level=mid&location=ca&moving-to=wa");
        $("#move h3").shouldHave(exactText(expected.path("heading").asText()), Duration.ofSeconds(8));
        $("#move .offer-card__verdict").shouldHave(exactText(expected.path("carried").asText()));
        $("#move").shouldHave(text(expected.path("there").asText()));
        $("#move").shouldHave(text("state income taxes are not in it"));
        assertEquals(Boolean.TRUE, executeJavaScript("return window.__sameDocument === true;"), "no full reload");
        assertTrue(url().contains("moving-to=wa"), url());
        assertTrue($("#share-url").getValue().contains("moving-to=wa"), "the shared link keeps the state");

        $("#moving-to").selectOptionByValue("");
        $("#move").shouldNot(exist, Duration.ofSeconds(8));
    }

    @Test
    void with_javascript_an_offer_is_what_is_carried() {
        Browser.configure(true);
        open(site.base() + "/calculator?role=backend-developer&level=mid&location=ca&moving-to=tx");
        $("#offer").setValue("150k");
        JsonNode expected = moveText("role=backend-developer&level=mid&location=ca&offer=150000&moving-to=tx");
        $("#move .offer-card__verdict").shouldHave(exactText(expected.path("carried").asText()), Duration.ofSeconds(8));
    }

    @Test
    void without_javascript_the_form_post_carries_the_offer_to_the_state_chosen() {
        Browser.configure(false);
        open(site.base() + "/calculator");
        assertEquals(Boolean.FALSE, executeJavaScript("return typeof window.SalaryAtlasCharts !== 'undefined';"),
                "the page's scripts did not run");
        $("#role").selectOptionByValue("backend-developer");
        $("#level").selectOptionByValue("senior");
        $("#location").selectOptionByValue("ca");
        $("#offer").setValue("180000");
        $("#moving-to").selectOptionByValue("wa");
        $("#calculator-form button[type=submit]").click();
        JsonNode expected = moveText("role=backend-developer&level=senior&location=ca&offer=180000&moving-to=wa");
        $("#move h3").shouldHave(exactText(expected.path("heading").asText()));
        $("#move .offer-card__verdict").shouldHave(exactText(expected.path("carried").asText()));
        $("#move").shouldHave(text(expected.path("placed").asText()));
        $("#moving-to").getSelectedOption().shouldHave(attribute("value", "wa"));
    }

    @Test
    void without_javascript_remote_work_says_it_has_no_price_level() {
        Browser.configure(false);
        open(site.base() + "/calculator");
        $("#role").selectOptionByValue("backend-developer");
        $("#location").selectOptionByValue("remote");
        $("#moving-to").selectOptionByValue("ny");
        $("#calculator-form button[type=submit]").click();
        $("#move .offer-card__verdict").shouldHave(text("Remote work has no place, and so no price level"));
    }

    @Test
    void without_javascript_a_territory_in_a_shared_link_gets_the_message_at_the_field_and_keeps_the_rest() {
        Browser.configure(false);
        open(site.base() + "/calculator?role=backend-developer&level=senior&location=ca&moving-to=gu");
        $("#moving-to-error").shouldHave(text("BEA publishes no price level for Guam"));
        $("#error-summary").shouldHave(text("BEA publishes no price level for Guam"));
        $("#level").getSelectedOption().shouldHave(attribute("value", "senior"));
        $("#location").getSelectedOption().shouldHave(attribute("value", "ca"));
    }
}
