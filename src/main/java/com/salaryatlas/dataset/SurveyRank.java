package com.salaryatlas.dataset;

/**
 * Where one survey cell's pay ranks within a BLS occupation's survey population (content/data/survey_ranks.csv):
 * the cell is the population's own ({@code devtype} "*") or one DevType's pooled 2023+2024 respondents in one band of
 * years, or in a wider span: everyone ({@code yearsFrom} and {@code yearsTo} null) or every answer from
 * {@code yearsFrom} on. Each rank is the percentage of the population paid less, ties counted half. {@code population}
 * is "own", or "all" when the occupation's own DevTypes had fewer than {@link #MIN_POPULATION} respondents and all
 * developers stand in. A cell under {@link SurveyPay#MIN_N} answers has its n and no figures or ranks.
 */
public record SurveyRank(String soc, String population, int populationN, String devtype, Integer yearsFrom,
                         Integer yearsTo, int n, Integer p10, Integer p25, Integer median, Integer p75, Integer p90,
                         Double p10Rank, Double p25Rank, Double medianRank, Double p75Rank, Double p90Rank) {

    public static final String POPULATION_CELL = "*";
    /** The fewest pooled respondents an occupation's own DevTypes need to be its survey population. */
    public static final int MIN_POPULATION = 100;
    /** The first year of the one open band among the estimate's six (21+); every other open row is a span. */
    public static final int LAST_BAND_FROM = 21;

    public boolean hasFigures() {
        return medianRank != null;
    }

    public boolean allDevelopers() {
        return population.equals("all");
    }

    /** One of the six bands the estimate interpolates between (0–2 … 21+), not a wider span. */
    public boolean isBand() {
        return yearsFrom != null && (yearsTo != null || yearsFrom == LAST_BAND_FROM);
    }

    /** The ranks from p10 to p90, in that order; each null in a cell too small to print. */
    public Double[] ranks() {
        return new Double[] {p10Rank, p25Rank, medianRank, p75Rank, p90Rank};
    }
}
