package com.salaryatlas.dataset;

/**
 * BEA's Regional Price Parity for one area and year, all items: prices there against the U.S. average, which is
 * 100 every year (110.72 means prices 10.72% above it). {@code area} is US or the two-letter code oews_states.csv
 * uses, so a state's price level and its wages join on one key.
 */
public record PriceParity(String area, String areaName, int year, double rpp, String source) {
}
