package com.salaryatlas.estimate;

/**
 * The figures a factor's rule used, one record per kind of rule, so that a sentence explaining a factor reads named
 * fields the compiler checks rather than looking figures up by name.
 */
public sealed interface Figures permits Figures.None, Figures.Survey, Figures.SurveyRatio, Figures.Language, Figures.Ratio, Figures.Postings, Figures.Percent,
        Figures.Cap {

    None NONE = new None();

    /** A rule that used no figure: a choice that applied nothing, a place without a published figure. */
    record None() implements Figures {
    }

    /**
     * Experience, measured: the years given (or a level's typical years), the survey cell of the band holding them
     * ({@code bandFrom}–{@code bandTo}, {@code bandTo} null for 21+): the title's DevType ({@code devtype}; null for
     * the occupation's own population, and {@code fellBack} when the title's cell was too small), its n, median and
     * that median's rank among the occupation's survey population ({@code soc}; all developers when
     * {@code allDevelopers}), of {@code populationN} respondents. Then the percentiles of the occupation's BLS pay
     * the estimate takes ({@code low}, {@code mid}, {@code high}): {@code between} when interpolated between two
     * bands' centres, {@code held} when a later band ranked lower and an earlier rank holds.
     */
    record Survey(double years, int bandFrom, Integer bandTo, String devtype, boolean fellBack, String soc,
                  boolean allDevelopers, int populationN, int n, Integer cellMedian, Double cellRank, boolean between,
                  boolean held, double low, double mid, double high) implements Figures {
    }

    /**
     * A survey group's pay against all developers with the same years: the median ratio of its cells of
     * {@code year} ("2023+2024" for the pooled cells), weighted by their answers ({@code n} in all, over
     * {@code bands} bands of years).
     */
    record SurveyRatio(String year, String grouping, String group, double ratio, long n, int bands) implements Figures {

        /** The ratio as a lift in percent: ×1.08 is +8. */
        public double percent() {
            return (ratio - 1) * 100;
        }
    }

    /**
     * A language measured by the survey: its ratio in 2025's bands of years coding ({@code applied}), the weight its
     * answers give it (n ÷ (n + {@code EstimationService.SHRINK})), and the measurements shown beside it and not
     * applied: 2023's ratio in bands of professional years ({@code professional}, null where 2023 has none) and the
     * role's postings naming the skill ({@code postings}, null where there are none).
     */
    record Language(SurveyRatio applied, double weight, SurveyRatio professional, Postings postings) implements Figures {
    }

    /** One published median over another: a state's over the nation's, an industry's over all industries'. */
    record Ratio(double here, double base, double ratio) implements Figures {
    }

    /**
     * Job postings naming a skill: their median against the role's overall posted median, the lift that measures in
     * percent, and, where the source gives the sample size {@code n}, the weight it gets (n ÷ (n + 100); null without).
     */
    record Postings(double median, double baseline, double measured, Long n, Double weight) implements Figures {
    }

    /** A sourced low–high percentage on base pay. */
    record Percent(double low, double high) implements Figures {
    }

    /**
     * The cap on stacked premiums: its size and what they would have added, in percent, and the dollars it removed
     * from the range's low end, middle and high end.
     */
    record Cap(double cap, double uncapped, double removedLow, double removedMid, double removedHigh) implements Figures {
    }
}
