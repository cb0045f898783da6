package com.salaryatlas.dataset;

/**
 * One row of the official OEWS files as imported: an occupation's employment and pay in one area (the nation or a
 * state) and one industry (or all industries), for the period its source covers. A null wage or count was not
 * published (BLS's '*' and '**'); a {@link Wage#orMore()} wage is a lower bound.
 */
public record OccupationPay(String source, String area, String areaName, String areaType, String industry,
                            String industryName, String industryLevel, String soc, String title, Long employment,
                            Double employmentRse, Double jobsPerThousand, Double locationQuotient, Wage mean,
                            Double meanRse, Wage p10, Wage p25, Wage median, Wage p75, Wage p90, Wage hourlyMean,
                            Wage hourlyP10, Wage hourlyP25, Wage hourlyMedian, Wage hourlyP75, Wage hourlyP90,
                            boolean annualOnly, boolean hourlyOnly, String note) {

    public boolean crossIndustry() {
        return "cross-industry".equals(industryLevel);
    }

    /** The five annual percentiles, p10 first; entries may be null (not published). */
    public Wage[] percentiles() {
        return new Wage[] {p10, p25, median, p75, p90};
    }

    public Wage[] hourlyPercentiles() {
        return new Wage[] {hourlyP10, hourlyP25, hourlyMedian, hourlyP75, hourlyP90};
    }

    /** All five annual percentiles published exactly: a distribution estimates can use. */
    public boolean hasFullDistribution() {
        for (Wage w : percentiles()) {
            if (w == null || !w.exact()) {
                return false;
            }
        }
        return true;
    }

    public Distribution distribution() {
        if (!hasFullDistribution()) {
            throw new IllegalStateException(soc + " in " + area + " has no complete published distribution");
        }
        return new Distribution(p10.amount(), p25.amount(), median.amount(), p75.amount(), p90.amount());
    }
}
