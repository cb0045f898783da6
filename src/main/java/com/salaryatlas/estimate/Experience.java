package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Level;

/**
 * Where experience places someone in a role's distribution. Years set the centre, which rises smoothly and ever
 * more slowly (each year adds less than the one before, and no two years give the same figure); a level without
 * years stands for its typical years. The range runs {@value #HALF_WIDTH} percentile points either side of the
 * centre, so each level's range overlaps its neighbours', as real pay does.
 *
 * <p>A title whose source covers only some levels (a senior title) spreads those levels' years over its whole
 * distribution, starting at the first year it covers.
 */
final class Experience {

    static final double HALF_WIDTH = 15;
    private static final double LOWEST = 10;
    private static final double HIGHEST = 90;
    /**
     * The centre climbs from the 15th percentile toward the 88th: it starts above the 10th so even a first job's
     * range has a middle above its low end. PACE sets how fast (years).
     */
    private static final double FIRST_CENTRE = 15;
    private static final double RISE = 73;
    private static final double PACE = 9;

    private Experience() {
    }

    /** The centre percentile for these years, for a role whose source starts at {@code firstLevel}. */
    static double centre(double years, Level firstLevel) {
        double into = Math.max(0, years - firstLevel.fromYears);
        return FIRST_CENTRE + RISE * (1 - Math.exp(-into / PACE));
    }

    static double low(double centre) {
        return Math.max(LOWEST, centre - HALF_WIDTH);
    }

    static double high(double centre) {
        return Math.min(HIGHEST, centre + HALF_WIDTH);
    }
}
