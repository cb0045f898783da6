package com.salaryatlas.estimate;

import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Oews;
import java.util.Optional;

/**
 * The rule for a state figure that rests on too few workers to rank: BLS publishes its estimates however few
 * workers stand behind them (the Virgin Islands' software developers: 40), and a few employers' pay can then put
 * a small place at the top of a ranking. /methodology states the same rule in words.
 */
public final class SmallSamples {

    /** Fewer estimated workers than this and a state figure is flagged. */
    public static final long MIN_EMPLOYMENT = 100;
    /** An employment estimate with a relative standard error at or above this (percent) is too uncertain. */
    public static final double MAX_EMPLOYMENT_RSE = 30;
    /** A mean wage with a relative standard error at or above this (percent) is too uncertain. */
    public static final double MAX_MEAN_RSE = 20;

    private SmallSamples() {
    }

    /**
     * True when the row's employment is not published (BLS's "**"), under {@link #MIN_EMPLOYMENT}, or its
     * employment's or mean's relative standard error is at or above the limits here.
     */
    public static boolean isSmall(OccupationPay row) {
        return row.employment() == null || row.employment() < MIN_EMPLOYMENT
                || row.employmentRse() != null && row.employmentRse() >= MAX_EMPLOYMENT_RSE
                || row.meanRse() != null && row.meanRse() >= MAX_MEAN_RSE;
    }

    /**
     * The state row an estimate applied, when it is a small sample by the rule above: the calculator says so where it
     * prints the estimate. Empty when the estimate applied no state figure (national, remote, a withheld median).
     */
    public static Optional<OccupationPay> appliedIn(Estimate estimate, Oews oews) {
        boolean placed = estimate.factors().stream()
                .anyMatch(f -> f.kind() == Factor.Kind.LOCATION && f.applied());
        if (!placed) {
            return Optional.empty();
        }
        return oews.state(estimate.request().role().soc(), estimate.request().location().state())
                .filter(SmallSamples::isSmall);
    }
}
