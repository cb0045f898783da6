package com.salaryatlas.estimate;

/** Who pays more of two, and by how much: in dollars and as a percent of the lower figure. */
public record Difference(String higher, String lower, long higherAmount, long lowerAmount, long amount,
                         double percent, String source) {
}
