package com.salaryatlas.explain;

import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.PriceParity;
import com.salaryatlas.estimate.PriceLevels;
import com.salaryatlas.estimate.SmallSamples;

/** The sentences about what pay buys: a state's price level, its ranks, whether pay kept up with prices. */
public final class PriceText {

    private PriceText() {
    }

    /** "110.72 in 2024": a parity as BEA states it, to two decimals, with its year. */
    public static String parity(PriceParity p) {
        return Format.decimal(p.rpp()) + " in " + p.year();
    }

    /** Where the state's prices stand against the nation's, and what dividing by them means. */
    public static String parityLine(String place, PriceParity p) {
        double percent = p.rpp() - 100;
        String against = Math.abs(percent) < 0.05 ? "level with the U.S. average"
                : Format.percent(Math.abs(percent)) + (percent > 0 ? " above" : " below") + " the U.S. average";
        return "Prices in " + place + " were " + against + " in " + p.year() + " (BEA's regional price parity "
                + Format.decimal(p.rpp()) + ", U.S. = 100). Dividing a wage by the parity over 100 states it in "
                + "national-average prices: what the same pay would buy where prices are at the U.S. average. State "
                + "and local taxes are not in it.";
    }

    /** The state's two ranks side by side. */
    public static String ranks(String place, PriceLevels.Rank r) {
        String same = r.byMedian() == r.byRealMedian() ? ", the same place" : "";
        return place + " ranks " + Format.ordinal(r.byMedian()) + " of " + r.of() + " by median pay and "
                + Format.ordinal(r.byRealMedian()) + " of " + r.of() + " once prices are taken into account" + same + ".";
    }

    /** A territory, or any place BEA gives no price level for. */
    public static String noParity(String place, int year) {
        return "BEA publishes no price level for " + place + " (its regional price parities cover the states and "
                + "the District of Columbia only), so we cannot say what pay here buys against the national average, "
                + "and " + place + " is left out of the rankings by price-adjusted pay for " + year + ".";
    }

    /** Why a state with a price level still has no rank: its median withheld or resting on few workers. */
    public static String unranked(String place, boolean small) {
        return small ? place + " is not ranked: its figures rest on too few workers to compare with other states "
                + "(see the methodology)."
                : place + " is not ranked: BLS did not publish an exact median here.";
    }

    /**
     * The calculator's line when the estimate applies a state figure that rests on few workers: how few, or that the
     * count or the mean is too uncertain, as the small-sample rule reads them.
     */
    public static String smallSampleApplied(String place, OccupationPay row) {
        String why = row.employment() == null ? "BLS does not publish how many people do this work there"
                : row.employment() < SmallSamples.MIN_EMPLOYMENT ? "BLS counts about " + Format.count(row.employment())
                + " people doing this work there"
                : "BLS's count of the people doing this work there, or of their mean wage, is too uncertain to lean on";
        return "The figure for " + place + " this estimate applies rests on a small sample (" + why + "), so read it "
                + "with care: a few employers' pay can set it.";
    }

    /**
     * Whether the median kept pace with prices between two periods: its nominal change, prices' change, and the
     * change once stated in the later year's dollars.
     */
    public static String keptUp(String from, String to, double nominal, double inflation, double real) {
        String verdict = real >= 0.05 ? "pay more than kept up with prices"
                : real <= -0.05 ? "pay did not keep up with prices" : "pay just kept pace with prices";
        return "From " + from + " to " + to + " the median moved " + Format.signedPercent(nominal)
                + " while prices (CPI-U, May to May) " + (inflation < 0 ? "fell " : "rose ")
                + Format.percent(Math.abs(inflation)) + ": in " + to
                + " dollars the median moved " + Format.signedPercent(real) + ", so " + verdict + ".";
    }
}
