package com.salaryatlas.explain;

import com.salaryatlas.dataset.Location;
import com.salaryatlas.estimate.Estimate;
import com.salaryatlas.estimate.Move;
import com.salaryatlas.estimate.OfferCheck;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sentences of the calculator's "moving to": what the amount becomes in the other state at the same purchasing
 * power, where it falls among pay there, the estimate there, and that all of it is before tax. Written once for the
 * result page and the API.
 */
public final class MoveText {

    private MoveText() {
    }

    /**
     * The move's sentences by name, in reading order: heading; carried, or noPriceLevel where the estimate's place has
     * none; there; placed (only when carried); beforeTax.
     */
    public static Map<String, String> summary(Move m) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("heading", "If you move to " + m.to().name());
        t.put(m.carriedOver() ? "carried" : "noPriceLevel", m.carriedOver() ? carried(m) : noPriceLevel(m));
        t.put("there", there(m));
        if (m.carriedOver()) {
            t.put("placed", placed(m));
        }
        t.put("beforeTax", "These are amounts before tax. A price parity compares the prices of goods, services and "
                + "rents, not taxes: state income taxes are not in it, and they differ from one state to the next.");
        return t;
    }

    private static String what(Move m) {
        return m.fromOffer() ? "your offer of " + Format.money(m.amount())
                : "the middle of your estimate, " + Format.money(m.amount()) + ",";
    }

    /** The amount there, how far apart prices are, and the two parities it comes from. */
    static String carried(Move m) {
        Location from = m.from();
        String here = from.isNational() ? "at U.S.-average prices"
                : "in " + from.name() + ("metro".equals(from.type())
                ? " (a metro area takes its state's price level, " + m.fromParity().areaName() + "'s)" : "");
        String herePrices = from.isNational() ? "the nation's average" : m.fromParity().areaName() + "'s";
        double difference = m.priceDifference();
        String apart = Math.abs(difference) < 0.05 ? "prices there are level with " + herePrices
                : "prices there are " + Format.percent(Math.abs(difference)) + (difference > 0 ? " above " : " below ")
                + herePrices;
        return "To buy in " + m.to().name() + " what " + what(m) + " buys " + here + ", you would need about "
                + Format.money(m.carried()) + ": " + apart + " (BEA's regional price parities for "
                + m.toParity().year() + ": " + Format.decimal(m.toParity().rpp()) + " there, "
                + Format.decimal(m.fromParity().rpp()) + " " + (from.isNational() ? "for the nation" : "here")
                + ", U.S. = 100).";
    }

    /** Where the carried amount falls in the estimate there, in the words of the offer's verdict. */
    static String placed(Move m) {
        OfferCheck o = m.placed();
        String where = switch (o.position()) {
            case BELOW -> "below that range, " + Format.money(-o.outsideRange()) + " under its low end";
            case LOWER_HALF -> "in the lower half of that range";
            case NEAR_MIDDLE -> "near the middle of that range";
            case UPPER_HALF -> "in the upper half of that range";
            case ABOVE -> "above that range, " + Format.money(o.outsideRange()) + " over its high end";
        };
        return Format.money(m.carried()) + " falls " + where + ": among pay in " + m.to().name() + " for this role, "
                + "level and your other choices it sits " + Explanations.placement(o.here())
                + "; against the role's national pay it sits " + Explanations.placement(o.national()) + ".";
    }

    /** The destination's own estimate, and whether it rests on the destination's figure or the national one. */
    static String there(Move m) {
        Estimate e = m.there();
        String estimate = "The estimate for the same role, level and choices in " + m.to().name() + " is "
                + Format.range(e.base().low(), e.base().high()) + ", middle " + Format.money(e.base().mid()) + ".";
        return m.placedThere() ? estimate : estimate + " BLS publishes no exact median for this occupation in "
                + m.to().name() + ", so that is the national estimate.";
    }

    /** Remote work or a territory: no price level to carry from, said instead of guessed. */
    static String noPriceLevel(Move m) {
        Location from = m.from();
        String amount = m.fromOffer() ? "your offer" : "your estimate";
        if ("remote".equals(from.type())) {
            return "Remote work has no place, and so no price level to start from: we cannot say what " + amount
                    + " would be worth in " + m.to().name() + " at the same purchasing power without guessing where "
                    + "you live. Choose the state you live in as the location to see it.";
        }
        return "BEA publishes no price level for " + from.name() + " (its regional price parities cover the states "
                + "and the District of Columbia only), so we cannot say what " + amount + " would be worth in "
                + m.to().name() + " at the same purchasing power.";
    }
}
