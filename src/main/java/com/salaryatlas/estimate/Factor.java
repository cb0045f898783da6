package com.salaryatlas.estimate;

/**
 * One line of an estimate's explanation, as numbers: which input it is ({@link Kind}), which rule applied
 * ({@link Reason}), what it is about ({@code subject}: a skill's or a place's name; {@code note}: a second name the
 * rule needs, such as the state a metro is placed by), how much it moved the middle of the estimate in dollars and
 * percent, the source that says so (null for our own rules), the figures the rule used ({@link Figures}), and for a
 * company type what it adds beyond base pay ({@link BeyondBase}, null otherwise). The words are written elsewhere
 * ({@code explain}); here are only numbers and keys. Made through {@link #applied} and {@link #notApplied}.
 */
public record Factor(Kind kind, Reason reason, String subject, String note, long change, double percent,
                     String source, boolean applied, Figures figures, BeyondBase beyondBase) {

    /** What a company type adds to pay beyond base (bonus, equity) a year; {@code high} null when open-ended. */
    public record BeyondBase(long low, Long high) {
    }

    /** A rule that moved the estimate by {@code change} dollars ({@code percent} of the middle). */
    public static Factor applied(Kind kind, Reason reason, String subject, String note, long change, double percent,
                                 String source, Figures figures) {
        return new Factor(kind, reason, subject, note, change, percent, source, true, figures, null);
    }

    /** A choice that applied nothing, and why ({@code reason}, {@code note}); {@code figures} what it would have used. */
    public static Factor notApplied(Kind kind, Reason reason, String subject, String note, String source, Figures figures) {
        return new Factor(kind, reason, subject, note, 0, 0, source, false, figures, null);
    }

    /** This factor, not applied because {@code countedInstead} of the same group counts. */
    public Factor countedInsteadOf(String countedInstead) {
        return notApplied(kind, Reason.PREMIUM_SAME_GROUP, subject, countedInstead, source, Figures.NONE);
    }

    public Factor withBeyondBase(BeyondBase extra) {
        return new Factor(kind, reason, subject, note, change, percent, source, applied, figures, extra);
    }

    /** The figures, as the record its rule makes; a mismatch is a programming error. */
    public <T extends Figures> T figures(Class<T> type) {
        if (!type.isInstance(figures)) {
            throw new IllegalStateException(reason + " carries " + figures.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return type.cast(figures);
    }

    /**
     * The low, middle and high percent a stacking premium lifts base pay by: its sourced range, or its one measured
     * figure at all three; null for a factor that is not such a premium.
     */
    public Range lift() {
        if (figures instanceof Figures.Percent p) {
            return new Range(p.low(), percent, p.high());
        }
        if (reason == Reason.SKILL_POSTINGS || reason == Reason.SKILL_SURVEY || reason == Reason.INDUSTRY_RATIO || reason == Reason.SURVEY_RATIO) {
            return new Range(percent, percent, percent);
        }
        return null;
    }

    public enum Kind { EXPERIENCE, LOCATION, SKILL, COMPANY, COMPANY_SIZE, ARRANGEMENT, CAP }

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
        /** A survey group's median over all developers' with the same years (company size, work arrangement). */
        SURVEY_RATIO,
        /** Remote work: no pay figure is applied. */
        PLACE_REMOTE,
        /** The state's published median over the national median of the same occupation and period. */
        PLACE_RATIO,
        /** A skill's posted median over the role's overall posted median, shrunk toward zero by its sample size. */
        SKILL_POSTINGS,
        /**
         * A language the survey measures: 2025's ratio in bands of years coding, shrunk toward zero by its answers;
         * 2023's and the postings' measurements are carried beside it, not applied.
         */
        SKILL_SURVEY,
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
}
