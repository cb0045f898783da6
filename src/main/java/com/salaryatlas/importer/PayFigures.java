package com.salaryatlas.importer;

import com.salaryatlas.dataset.SurveyPay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The figures of one cell of `survey_pay.csv`: how many respondents, and their pay at the 25th, 50th and 75th
 * percentiles.
 *
 * <p>One definition for all three percentiles, linear interpolation between order statistics (Hyndman and Fan's
 * type 7, the default of R and NumPy): with the n pays sorted ascending as x[0] … x[n-1], the p-th percentile sits at
 * position h = (n − 1)·p and is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). At p = 0.5 this is exactly what issue 19
 * asks of the median: the middle value, or the mean of the two middle values. Worked out in exact decimals, then
 * rounded half up to the whole dollar.
 *
 * <p>A cell of fewer than {@link #MIN_N} respondents is too small to print (issue 19, and the survey
 * README): it keeps its n and has no figures.
 */
record PayFigures(int n, BigDecimal p25, BigDecimal median, BigDecimal p75) {

    /** The dataset's rule, which the site's reader checks (this package has a SurveyPay of its own). */
    static final int MIN_N = SurveyPay.MIN_N;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The figures of a list of pays, in any order. */
    static PayFigures of(List<BigDecimal> pays) {
        List<BigDecimal> sorted = pays.stream().sorted().toList();
        int n = sorted.size();
        if (n < MIN_N) {
            return new PayFigures(n, null, null, null);
        }
        return new PayFigures(n, quartile(sorted, 1), quartile(sorted, 2), quartile(sorted, 3));
    }

    /** The {@code quarter}/4-th percentile of a sorted, non-empty list: {@link #percentile} at 25, 50 or 75. */
    static BigDecimal quartile(List<BigDecimal> sorted, int quarter) {
        return percentile(sorted, 25 * quarter);
    }

    /**
     * The {@code p}-th percentile (a whole number, 0 to 100) of a sorted, non-empty list. h = (n − 1)·p/100 is kept
     * as a whole index and a remainder in hundredths, so the interpolation is exact before the one rounding.
     */
    static BigDecimal percentile(List<BigDecimal> sorted, int p) {
        long position = (long) (sorted.size() - 1) * p;
        int index = (int) (position / 100);
        long hundredths = position % 100;
        BigDecimal value = sorted.get(index);
        if (hundredths != 0) {
            BigDecimal step = sorted.get(index + 1).subtract(value);
            value = value.add(step.multiply(BigDecimal.valueOf(hundredths)).divide(HUNDRED));
        }
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    /** The n, p25, median and p75 cells: figures as whole dollars, empty for a cell too small to print. */
    List<String> cells() {
        return List.of(Integer.toString(n), text(p25), text(median), text(p75));
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
