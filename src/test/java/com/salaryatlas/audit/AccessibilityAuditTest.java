package com.salaryatlas.audit;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.closeWebDriver;
import static com.codeborne.selenide.Selenide.executeAsyncJavaScript;
import static com.codeborne.selenide.Selenide.executeJavaScript;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salaryatlas.TestSite;
import com.codeborne.selenide.WebDriverRunner;
import com.salaryatlas.browser.Browser;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core, WCAG 2.1 AA rules, on every page in headless Chromium, in light mode and in dark mode. */
class AccessibilityAuditTest {

    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.servingRealContent();
        Browser.configure(true);
    }

    @AfterAll
    static void stop() {
        closeWebDriver();
        site.close();
    }

    @Test
    void every_page_has_no_axe_violations_in_light_mode() throws Exception {
        assertEquals(List.of(), violations(AuditPages.sample(site), AuditPages.submissions(site), "light"));
    }

    @Test
    void every_page_has_no_axe_violations_in_dark_mode() throws Exception {
        assertEquals(List.of(), violations(AuditPages.sample(site), AuditPages.submissions(site), "dark"));
    }

    private static List<String> violations(List<String> paths, List<AuditPages.Submission> submissions, String scheme)
            throws Exception {
        String axe = Files.readString(AuditPages.tools().resolve("axe-core/axe.min.js"));
        open(site.base() + "/");
        ((ChromeDriver) WebDriverRunner.getWebDriver()).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        assertEquals(true, executeJavaScript("return matchMedia('(prefers-color-scheme: " + scheme + ")').matches;"),
                "the browser is in " + scheme + " mode");
        List<String> violations = new ArrayList<>();
        for (String path : paths) {
            open(site.base() + path);
            violations.addAll(axe(axe, scheme + " " + path));
        }
        for (AuditPages.Submission s : submissions) {
            // Posted as a visitor posts it: the form on the page, filled in and sent.
            open(site.base() + s.from());
            $("#report-message").setValue(s.message());
            $("#report-message").closest("form").find("button[type=submit]").click();
            $("h1").shouldHave(text(s.message().length() >= 10 ? "Thank you" : "Report a wrong figure"));
            violations.addAll(axe(axe, scheme + " " + s.label()));
        }
        return violations;
    }

    private static List<String> axe(String axe, String label) {
        executeJavaScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) (List<?>) executeAsyncJavaScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return {id: v.id, nodes: v.nodes.length, help: v.help}; })); });");
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> v : found) {
            violations.add(label + ": " + v.get("id") + " (" + v.get("nodes") + " nodes) " + v.get("help"));
        }
        return violations;
    }
}
