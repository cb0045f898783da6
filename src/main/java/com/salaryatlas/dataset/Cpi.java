package com.salaryatlas.dataset;

/**
 * The CPI-U (U.S. city average, all items, not seasonally adjusted, 1982-84 = 100) for May of one year: OEWS wages
 * describe May, so May's index is the one to state them in another year's dollars with.
 */
public record Cpi(int year, double value, String source) {
}
