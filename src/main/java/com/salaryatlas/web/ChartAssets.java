package com.salaryatlas.web;

/** The script URLs of chart pages: Chart.js from its webjar, then our module that reads the page's data. */
public final class ChartAssets {
    public static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    public static final String CHARTS_MODULE = "/js/charts.js";

    private ChartAssets() {
    }
}
