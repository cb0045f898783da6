package com.salaryatlas.dataset;

/** Any other published fact (posting counts, shares, projections); unit is count, pct or usd. */
public record MarketStat(String role, String metric, double value, String unit, Integer n, String source, String note) {
}
