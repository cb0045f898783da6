package com.salaryatlas.dataset;

/** Annual base pay at the 10th, 25th, 50th, 75th and 90th percentiles. */
public record Distribution(double p10, double p25, double median, double p75, double p90) {

    public double[] values() {
        return new double[] {p10, p25, median, p75, p90};
    }
}
