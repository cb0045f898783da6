package com.salaryatlas.estimate;

/**
 * An offer set against the estimate: where it falls among pay for this role, level, place and premiums, where it
 * falls nationally for the role, and how far it sits from the estimated range (negative below it, positive above,
 * zero within) and from its middle. {@code range} is the estimated base range it was set against.
 */
public record OfferCheck(int offer, Placement here, Placement national, long outsideRange, long fromMiddle, Range range) {

    /** The middle fifth of the range counts as "near its middle". */
    static final double NEAR_MIDDLE_SHARE = 0.1;

    /** Below, within or above the estimated range. */
    public enum Verdict { BELOW, WITHIN, ABOVE }

    /** Where in the range: the words a person reads first. */
    public enum Position { BELOW, LOWER_HALF, NEAR_MIDDLE, UPPER_HALF, ABOVE }

    public Verdict verdict() {
        return outsideRange < 0 ? Verdict.BELOW : outsideRange > 0 ? Verdict.ABOVE : Verdict.WITHIN;
    }

    public Position position() {
        if (outsideRange < 0) {
            return Position.BELOW;
        }
        if (outsideRange > 0) {
            return Position.ABOVE;
        }
        if (Math.abs(fromMiddle) <= NEAR_MIDDLE_SHARE * (range.high() - range.low())) {
            return Position.NEAR_MIDDLE;
        }
        return fromMiddle < 0 ? Position.LOWER_HALF : Position.UPPER_HALF;
    }

    /**
     * A percentile from 10 to 90, or beyond the published points: below the 10th or above the 90th, where
     * extrapolating would invent a figure.
     */
    public record Placement(Double percentile, boolean belowTenth, boolean aboveNinetieth) {
    }
}
