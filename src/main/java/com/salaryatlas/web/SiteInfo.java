package com.salaryatlas.web;

import java.util.List;
import java.util.Map;

/** Site-wide facts every page shows: name, public base URL, navigation, and the version stamped on asset URLs. */
public record SiteInfo(String name, String url, List<NavLink> nav, String assetVersion, Map<String, String> assets) {

    /** The URL to link a static file by: its fingerprinted name where it has one. */
    public String asset(String path) {
        return assets.getOrDefault(path, path);
    }

    public record NavLink(String label, String href) {
    }

    public static SiteInfo of(String url, String assetVersion, Map<String, String> assets) {
        return new SiteInfo("Salary Atlas", url, List.of(
                new NavLink("Guides", "/guides"),
                new NavLink("Salaries by role", "/salaries"),
                new NavLink("Compare", "/compare"),
                new NavLink("Calculator", "/calculator"),
                new NavLink("Methodology", "/methodology"),
                new NavLink("Sources", "/sources")), assetVersion, Map.copyOf(assets));
    }
}
