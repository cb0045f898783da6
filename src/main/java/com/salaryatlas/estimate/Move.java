package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.PriceParity;

/**
 * An amount carried from the estimate's place to another state at the same purchasing power, as numbers: the amount
 * ({@code amount}, the visitor's offer when {@code fromOffer}, else the estimate's middle), both price parities of the
 * state wages' year, the amount times the parity there over the parity here ({@code carried}), and the estimate for
 * the same request in the destination ({@code there}), whose offer is the carried amount so that
 * {@link Estimate#offer()} places it among pay there. {@code fromParity} and {@code carried} are null where the place
 * has no price level (remote work, a territory): nothing is carried then rather than guessed.
 */
public record Move(Location from, Location to, PriceParity fromParity, PriceParity toParity, long amount,
                   boolean fromOffer, Long carried, Estimate there) {

    public boolean carriedOver() {
        return carried != null;
    }

    /** Parity there over parity here; null when nothing was carried. */
    public Double factor() {
        return fromParity == null ? null : toParity.rpp() / fromParity.rpp();
    }

    /** How much higher (positive) or lower prices are there than here, in percent; null when nothing was carried. */
    public Double priceDifference() {
        return fromParity == null ? null : (factor() - 1) * 100;
    }

    /** The carried amount against pay for the role, level and premiums there; null when nothing was carried. */
    public OfferCheck placed() {
        return carried == null ? null : there.offer();
    }

    /** True when the estimate there applies the destination's own state figure; false when the national one stands in. */
    public boolean placedThere() {
        return there.factors().stream().anyMatch(f -> f.kind() == Factor.Kind.LOCATION && f.applied());
    }
}
