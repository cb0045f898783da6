package com.salaryatlas.dataset;

/** A publisher's data set, cited by every figure taken from it. */
public record Source(String id, String publisher, String title, String url, String referencePeriod,
                     String published, String sampleSize, String measures, String file) {

    /** How pages name the source in a line: publisher and reference period. */
    public String citation() {
        return publisher + ", " + referencePeriod;
    }
}
