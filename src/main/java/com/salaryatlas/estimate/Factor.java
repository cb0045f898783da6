package com.salaryatlas.estimate;

/**
 * One line of an estimate's explanation: what the factor is, what it did, how much it moved the
 * middle of the estimate (in dollars and percent), and the source that says so (null for our own rules).
 */
public record Factor(String kind, String label, String effect, long change, double percent, String source,
                     boolean applied) {
}
