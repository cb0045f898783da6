package com.salaryatlas.salary;

/** Annual base pay at the 10th, 25th, 50th, 75th and 90th percentiles. */
public record Distribution(double p10, double p25, double median, double p75, double p90) {

    public static final int[] PERCENTILES = {10, 25, 50, 75, 90};

    public double at(int percentile) {
        return switch (percentile) {
            case 10 -> p10;
            case 25 -> p25;
            case 50 -> median;
            case 75 -> p75;
            case 90 -> p90;
            default -> throw new IllegalArgumentException("not a published percentile: " + percentile);
        };
    }

    public double[] values() {
        return new double[] {p10, p25, median, p75, p90};
    }
}
