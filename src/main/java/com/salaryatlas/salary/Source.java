package com.salaryatlas.salary;

/** A publisher's data set, cited by every figure taken from it. */
public record Source(String id, String publisher, String title, String url, String referencePeriod,
                     String published, String sampleSize, String measures) {
}
