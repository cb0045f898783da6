package com.salaryatlas.dataset;

/**
 * Where one survey cell's pay ranks within a BLS occupation's survey population (content/data/survey_ranks.csv):
 * the cell is the population's own ({@code devtype} "*") or one DevType's pooled 2023+2024 respondents in one band of
 * years; each rank is the percentage of the population paid less, ties counted half. {@code population} is "own",
 * or "all" when the occupation's own DevTypes had too few respondents and all developers stand in. A cell under 30
 * answers has its n and no figures or ranks.
 */
public record SurveyRank(String soc, String population, int populationN, String devtype, int yearsFrom, Integer yearsTo,
                         int n, Integer p25, Integer median, Integer p75, Double p25Rank, Double medianRank,
                         Double p75Rank) {

    public static final String POPULATION_CELL = "*";

    public boolean hasFigures() {
        return medianRank != null;
    }

    public boolean allDevelopers() {
        return population.equals("all");
    }
}
