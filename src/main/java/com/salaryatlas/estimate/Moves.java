package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.PriceParity;
import java.util.List;
import java.util.Optional;

/**
 * The calculator's "moving to": an estimate's offer (or middle) carried to another state at the same purchasing
 * power, × BEA's price parity there ÷ the parity here. The parities are those of the state wages' year, so prices
 * and pay describe the same year; a metro takes its state's parity and the nation's is 100.
 */
public final class Moves {

    private final Dataset data;
    private final EstimationService estimates;
    private final int year;

    public Moves(Dataset data, EstimationService estimates) {
        this.data = data;
        this.estimates = estimates;
        this.year = year(data);
    }

    /** The state wages' reference year ("May 2024" gives 2024): the year of the parities a move uses. */
    public static int year(Dataset data) {
        String period = data.oews().statePeriod();
        return Integer.parseInt(period.substring(period.length() - 4));
    }

    /** Whether pay can be carried to the area: BEA gives it a parity for that year (a state or DC, not a territory). */
    public static boolean reaches(Dataset data, Area area) {
        return data.rpp(area.code(), year(data)).isPresent();
    }

    /** The year of the state wages, and so of the parities a move uses. */
    public int year() {
        return year;
    }

    /** BEA's parity for US or a state's code in that year; empty for the territories, which BEA does not cover. */
    public Optional<PriceParity> parity(String area) {
        return area == null ? Optional.empty() : data.rpp(area, year);
    }

    /** The places pay can be carried to: the states and DC that have a parity for that year. */
    public List<Area> destinations() {
        return data.oews().areas().stream().filter(a -> reaches(data, a)).toList();
    }

    /** The price parity of an estimate's place: the nation's, its own state's, or a metro's state's; none for remote work. */
    public Optional<PriceParity> parityOf(Location place) {
        if (place.isNational()) {
            return parity("US");
        }
        return "remote".equals(place.type()) ? Optional.empty() : parity(place.state());
    }

    /**
     * The estimate's offer, or without one its middle, carried to {@code to}, and the estimate for the same request
     * there. {@code to} must be a state with a parity ({@link #destinations()}); the form refuses any other.
     */
    public Move move(Estimate here, Location to) {
        PriceParity there = parity(to.state()).orElseThrow(
                () -> new IllegalArgumentException("no price parity for " + to.slug() + " in " + year));
        Location from = here.request().location();
        boolean fromOffer = here.request().offer() != null;
        long amount = fromOffer ? here.request().offer() : Math.round(here.base().mid());
        EstimateRequest request = here.request().withLocation(to);
        Optional<PriceParity> parityHere = parityOf(from);
        if (parityHere.isEmpty()) {
            return new Move(from, to, null, there, amount, fromOffer, null, estimates.estimate(request.withOffer(null)));
        }
        long carried = Math.round(amount * there.rpp() / parityHere.get().rpp());
        return new Move(from, to, parityHere.get(), there, amount, fromOffer, carried,
                estimates.estimate(request.withOffer(Math.toIntExact(carried))));
    }
}
