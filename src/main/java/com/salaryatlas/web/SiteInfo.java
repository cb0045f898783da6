package com.salaryatlas.web;

import java.util.List;

/** Site-wide facts every page shows: name, public base URL, navigation, and the version stamped on asset URLs. */
public record SiteInfo(String name, String url, List<NavLink> nav, String assetVersion) {

    public record NavLink(String label, String href) {
    }

    public static SiteInfo of(String url, String assetVersion) {
        return new SiteInfo("Salary Atlas", url, List.of(
                new NavLink("Guides", "/guides"),
                new NavLink("Salaries by role", "/salaries"),
                new NavLink("Compare", "/compare"),
                new NavLink("Calculator", "/calculator"),
                new NavLink("Methodology", "/methodology"),
                new NavLink("Sources", "/sources")), assetVersion);
    }
}
