package com.salaryatlas.audit;

import com.salaryatlas.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages the audits look at. The HTML checker reads every sitemap page except the ~1,100 state pages, of which it
 * reads a sample (they share one template); axe, which takes seconds a page, reads one or two pages of each kind.
 */
final class AuditPages {

    private AuditPages() {
    }

    static List<String> paths(TestSite site) {
        List<String> paths = new ArrayList<>();
        Matcher loc = Pattern.compile("<loc>https://salaryatlas\\.test([^<]*)</loc>").matcher(site.get("/sitemap.xml").body());
        while (loc.find()) {
            if (!STATE_PAGE.matcher(loc.group(1)).matches()) {
                paths.add(loc.group(1));
            }
        }
        paths.addAll(STATE_SAMPLE);
        paths.add("/calculator?role=backend-developer&level=senior&location=ca&skills=rust&org-size=10-000-or-more-employees&arrangement=remote&offer=150000&moving-to=wa");
        paths.add("/calculator?role=astronaut&years=many&location=mars");
        paths.add("/no-such-page");
        paths.add("/compare/backend-developer-vs-devops-engineer");
        paths.add("/compare/data-scientist-vs-web-developer");
        paths.add("/compare/backend-developer-vs-software-developer");
        paths.add("/compare?a=%3Cb%3E&b=backend-developer");
        paths.add("/compare/no-such-role-vs-backend-developer");
        paths.add("/data");
        paths.add("/salaries?q=data");
        paths.add("/salaries?q=astronaut");
        paths.add("/?map=real");
        paths.add("/salaries/software-developer?sort=real");
        return paths;
    }

    private static final Pattern STATE_PAGE = Pattern.compile("/salaries/[a-z0-9-]+/[a-z-]+");
    /** A big state, DC, a territory, a small state and a state where BLS withholds figures for the occupation. */
    private static final List<String> STATE_SAMPLE = List.of("/salaries/software-developer/california",
            "/salaries/software-developer/district-of-columbia", "/salaries/software-developer/puerto-rico",
            "/salaries/data-scientist/delaware", "/salaries/computer-hardware-engineer/alaska");

    /** One or two pages of each kind, for the slower accessibility audit. */
    static List<String> sample(TestSite site) {
        List<String> all = paths(site);
        List<String> kinds = List.of("/", "/guides", "/salaries", "/methodology", "/sources", "/data",
                "/salaries/software-developer", "/salaries/backend-developer", "/salaries/senior-backend-developer");
        List<String> sample = new ArrayList<>(kinds);
        all.stream().filter(p -> p.startsWith("/guides/")).forEach(sample::add);
        sample.addAll(STATE_SAMPLE.subList(0, 3));
        all.stream().filter(p -> p.contains("?") || p.startsWith("/compare") || p.equals("/no-such-page"))
                .filter(p -> !sample.contains(p)).forEach(sample::add);
        return sample;
    }

    /** A page reached by posting the report form on {@code from}: a thank-you, or the form again with its errors. */
    record Submission(String from, String message) {

        String label() {
            return "POST /report from " + from + " (" + (message.length() >= 10 ? "thank-you" : "422") + ")";
        }

        String body() {
            return "page=" + java.net.URLEncoder.encode(from, java.nio.charset.StandardCharsets.UTF_8)
                    + "&message=" + java.net.URLEncoder.encode(message, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A good report (the thank-you page) and a too-short one (the form again, 422), both sent from a role page. */
    static List<Submission> submissions(TestSite site) {
        Matcher role = Pattern.compile("href=\"(/salaries/[a-z0-9-]+)\"").matcher(site.get("/salaries").body());
        if (!role.find()) {
            throw new IllegalStateException("/salaries links no role page");
        }
        return List.of(new Submission(role.group(1), "The 90th percentile looks a year out of date."),
                new Submission(role.group(1), "Too short"));
    }

    /** Where npm put vnu.jar and axe-core (src/test/scripts/ensure-test-tools.sh). */
    static Path tools() {
        return Path.of(System.getProperty("testTools", System.getProperty("user.home") + "/.cache/salary-atlas/test-tools"),
                "node_modules");
    }
}
