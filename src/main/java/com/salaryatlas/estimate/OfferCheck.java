package com.salaryatlas.estimate;

/**
 * An offer set against the estimate: where it falls among pay for this role, level, place and premiums, where it
 * falls nationally for the role, and how far it sits from the estimated range (negative below it, positive above,
 * zero within) and from its middle.
 */
public record OfferCheck(int offer, Placement here, Placement national, long outsideRange, long fromMiddle) {

    /** Below, within or above the estimated range. */
    public enum Verdict { BELOW, WITHIN, ABOVE }

    public Verdict verdict() {
        return outsideRange < 0 ? Verdict.BELOW : outsideRange > 0 ? Verdict.ABOVE : Verdict.WITHIN;
    }

    /**
     * A percentile from 10 to 90, or beyond the published points: below the 10th or above the 90th, where
     * extrapolating would invent a figure.
     */
    public record Placement(Double percentile, boolean belowTenth, boolean aboveNinetieth) {
    }
}
