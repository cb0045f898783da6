package com.salaryatlas.audit;

import com.salaryatlas.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pages the audits look at: every sitemap page plus the states a visitor can put the calculator in. */
final class AuditPages {

    private AuditPages() {
    }

    static List<String> paths(TestSite site) {
        List<String> paths = new ArrayList<>();
        Matcher loc = Pattern.compile("<loc>https://salaryatlas\\.test([^<]*)</loc>").matcher(site.get("/sitemap.xml").body());
        while (loc.find()) {
            paths.add(loc.group(1));
        }
        paths.add("/calculator?role=backend-developer&level=senior&location=ca&skills=rust&company=large-tech&offer=150000");
        paths.add("/calculator?role=astronaut&years=many&location=mars");
        paths.add("/no-such-page");
        paths.add("/salaries?q=data");
        paths.add("/salaries?q=astronaut");
        return paths;
    }

    /** Where npm put vnu.jar and axe-core (src/test/scripts/ensure-test-tools.sh). */
    static Path tools() {
        return Path.of(System.getProperty("testTools", System.getProperty("user.home") + "/.cache/salary-atlas/test-tools"),
                "node_modules");
    }
}
