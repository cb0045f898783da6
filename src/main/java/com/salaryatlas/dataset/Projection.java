package com.salaryatlas.dataset;

/**
 * BLS's employment projection for one occupation (or, for SOC 00-0000, all occupations) over one decade, as
 * published: employment, its change and the openings a year in <em>thousands</em> of jobs, the change and the
 * self-employed share in percent. {@code selfEmployedPct} is null where BLS publishes none; the three words are blank
 * for the all-occupations total, which has no entry requirements.
 */
public record Projection(String soc, String title, int yearFrom, int yearTo, double employmentFrom,
                         double employmentTo, double change, double changePct, Double selfEmployedPct, double openings,
                         String education, String workExperience, String training, String source) {

    public static final String ALL_OCCUPATIONS = "00-0000";
}
