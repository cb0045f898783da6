package com.salaryatlas.web;

import java.util.List;

/**
 * What the layout needs to know about a page beyond its body: title, description, whether
 * search engines may index it, the scripts it draws charts with, and its breadcrumb trail.
 */
public record PageMeta(String title, String description, boolean noindex, List<String> scripts,
                       List<Crumb> breadcrumbs, String canonicalPath) {

    public record Crumb(String label, String href) {
    }

    public static PageMeta of(String title, String description) {
        return new PageMeta(title, description, false, List.of(), List.of(), null);
    }

    public PageMeta noindexed() {
        return new PageMeta(title, description, true, scripts, breadcrumbs, canonicalPath);
    }

    /** Chart pages load Chart.js and our drawing module; other pages load no script at all. */
    public PageMeta withCharts() {
        return new PageMeta(title, description, noindex, List.of(ChartAssets.CHART_JS, ChartAssets.CHARTS_MODULE),
                breadcrumbs, canonicalPath);
    }

    public PageMeta withScripts(List<String> extra) {
        return new PageMeta(title, description, noindex, extra, breadcrumbs, canonicalPath);
    }

    public PageMeta withBreadcrumbs(List<Crumb> crumbs) {
        return new PageMeta(title, description, noindex, scripts, crumbs, canonicalPath);
    }

    public PageMeta canonical(String path) {
        return new PageMeta(title, description, noindex, scripts, breadcrumbs, path);
    }
}
