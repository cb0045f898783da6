package com.salaryatlas.estimate;

/** A low–mid–high amount in whole dollars (or, for hourly pay, dollars with cents). */
public record Range(double low, double mid, double high) {
}
