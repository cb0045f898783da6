package com.salaryatlas.estimate;

import java.util.Map;

/**
 * One line of an estimate's explanation, as numbers: which input it is ({@link Kind}), which rule applied
 * ({@link Reason}), what it is about ({@code subject}: a skill's or a place's name), how much it moved the middle of
 * the estimate in dollars and percent, the source that says so (null for our own rules), and the figures the rule
 * used. The words are written elsewhere ({@code explain}); here are only numbers and keys.
 */
public record Factor(Kind kind, Reason reason, String subject, String note, long change, double percent,
                     String source, boolean applied, Map<String, Double> figures) {

    public Factor {
        figures = Map.copyOf(figures);
    }

    public enum Kind { EXPERIENCE, LOCATION, SKILL, COMPANY, CAP }

    public enum Reason {
        /** Years given: the middle sits where those years fall in the level's band. */
        EXPERIENCE_YEARS,
        /** A level chosen without years: the middle of the level's band. */
        EXPERIENCE_LEVEL,
        PLACE_NATIONAL,
        /** BLS publishes no exact median for the occupation in this state: the national figure stands in, and we say so. */
        PLACE_NO_FIGURE,
        /** A metro area placed by its state's figures. */
        PLACE_METRO,
        /** A metro area whose state has no exact median for the occupation. */
        PLACE_METRO_NO_FIGURE,
        /** Remote work: no pay figure is applied. */
        PLACE_REMOTE,
        /** The state's published median over the national median of the same occupation and period. */
        PLACE_RATIO,
        /** A skill's posted median over the role's overall posted median, shrunk toward zero by its sample size. */
        SKILL_POSTINGS,
        /** A posting lift whose sample size the source does not state: not applied. */
        SKILL_NO_SAMPLE,
        /** Another choice of the same group (a language, a certification family) counts instead. */
        PREMIUM_SAME_GROUP,
        PREMIUM_UNKNOWN,
        PREMIUM_NOT_FOR_ROLE,
        PREMIUM_NO_FIGURE,
        /** A sourced low–high percentage. */
        PREMIUM_RANGE,
        /** The occupation's median in the employer's BLS industry over its median across all industries. */
        INDUSTRY_RATIO,
        /** BLS publishes no exact median for the occupation in that industry: nothing applied, and said. */
        INDUSTRY_NO_FIGURE,
        /** Stacked premiums cut back to the cap. */
        CAP
    }

    /** A figure the rule used, by name; the names are listed where each factor is made. */
    public double figure(String name) {
        Double value = figures.get(name);
        if (value == null) {
            throw new IllegalArgumentException(reason + " has no figure '" + name + "'");
        }
        return value;
    }

    public boolean has(String name) {
        return figures.containsKey(name);
    }
}
