package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Oews;
import com.salaryatlas.dataset.OccupationPay;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How pay in a state compares with the nation for one occupation: the state's published median over the national
 * median of the same occupation, from the same survey period. Like with like, so the ratio means what it says.
 */
public final class Places {

    private final Oews oews;
    /**
     * occupation → area → its ratio, worked out once for every state row: every estimate placed in a state asks for
     * one, and the figures never change. A pair missing here has no ratio.
     */
    private final Map<String, Map<String, Ratio>> ratios = new HashMap<>();

    public Places(Oews oews) {
        this.oews = oews;
        for (String soc : oews.nationalSocs()) {
            for (OccupationPay state : oews.states(soc)) {
                computeRatio(soc, state.area()).ifPresent(r -> ratios.computeIfAbsent(soc, k -> new HashMap<>())
                        .put(state.area(), r));
            }
        }
    }

    /** The ratio and the two medians it comes from; empty where BLS publishes no exact median for either. */
    public Optional<Ratio> ratio(String soc, String areaCode) {
        Map<String, Ratio> byArea = ratios.get(soc);
        return byArea == null ? Optional.empty() : Optional.ofNullable(byArea.get(areaCode));
    }

    private Optional<Ratio> computeRatio(String soc, String areaCode) {
        Optional<OccupationPay> state = oews.state(soc, areaCode);
        if (state.isEmpty() || state.get().median() == null || !state.get().median().exact()) {
            return Optional.empty();
        }
        int year = oews.year(state.get().source());
        Optional<OccupationPay> nation = oews.national(soc, year);
        if (nation.isEmpty() || nation.get().median() == null || !nation.get().median().exact()) {
            return Optional.empty();
        }
        double stateMedian = state.get().median().amount();
        double nationalMedian = nation.get().median().amount();
        return Optional.of(new Ratio(stateMedian, nationalMedian, stateMedian / nationalMedian, state.get().source(),
                nation.get().source()));
    }

    /**
     * How the occupation's median in one industry compares with its median across all industries, same period: the
     * employer's industry as a factor. Empty where either median is not published exactly.
     */
    public Optional<Ratio> industryRatio(OccupationPay industry) {
        if (industry.median() == null || !industry.median().exact()) {
            return Optional.empty();
        }
        Optional<OccupationPay> all = oews.national(industry.soc(), oews.year(industry.source()));
        if (all.isEmpty() || all.get().median() == null || !all.get().median().exact()) {
            return Optional.empty();
        }
        double median = industry.median().amount();
        double overall = all.get().median().amount();
        return Optional.of(new Ratio(median, overall, median / overall, industry.source(), all.get().source()));
    }

    /** A state's (or an industry's) median over the national median, both from the sources named. */
    public record Ratio(double stateMedian, double nationalMedian, double ratio, String stateSource, String nationalSource) {

        public double percent() {
            return (ratio - 1) * 100;
        }
    }
}
