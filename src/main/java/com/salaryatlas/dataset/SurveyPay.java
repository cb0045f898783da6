package com.salaryatlas.dataset;

/**
 * One cell of the Stack Overflow survey's pay aggregates (content/data/survey_pay.csv): self-reported total pay of
 * the respondents of one group ({@code grouping} "devtype", "orgsize", "remote", "language" or "all") in one band of
 * years ({@code yearsFrom}–{@code yearsTo}, {@code yearsTo} null for an open band, both null for every band). Under
 * {@link #MIN_N} answers the cell keeps its {@code n} and has no figures.
 */
public record SurveyPay(String surveyYear, String grouping, String group, Integer yearsFrom, Integer yearsTo, int n,
                        Integer p25, Integer median, Integer p75) {

    /** The fewest answers a survey cell needs for its figures to be printed or used (issue 19, the survey README). */
    public static final int MIN_N = 30;

    public boolean allBands() {
        return yearsFrom == null && yearsTo == null;
    }

    public boolean hasFigures() {
        return median != null;
    }
}
