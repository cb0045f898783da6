package com.salaryatlas.estimate;

/** One part of total compensation in dollars a year; {@code openEnded} when the source gives only a floor. */
public record CompComponent(String component, String label, long low, long high, boolean openEnded, String basis,
                            String source) {
}
