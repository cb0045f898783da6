package com.salaryatlas.dataset;

import java.util.Optional;

/**
 * Experience levels and the slice of a role's national distribution each one spans
 * (DESIGN.md: entry p10–p25, mid p25–p50, senior p50–p75, staff p75–p90).
 */
public enum Level {
    ENTRY("entry", "Entry level", 0, 2, 10, 25),
    MID("mid", "Mid level", 3, 5, 25, 50),
    SENIOR("senior", "Senior", 6, 10, 50, 75),
    STAFF("staff", "Staff or principal", 11, 20, 75, 90);

    /** Years beyond this count as this many: the top band has no natural end. */
    public static final int YEARS_CEILING = 20;

    public final String slug;
    public final String label;
    public final int fromYears;
    public final int toYears;
    public final int fromPercentile;
    public final int toPercentile;

    Level(String slug, String label, int fromYears, int toYears, int fromPercentile, int toPercentile) {
        this.slug = slug;
        this.label = label;
        this.fromYears = fromYears;
        this.toYears = toYears;
        this.fromPercentile = fromPercentile;
        this.toPercentile = toPercentile;
    }

    public String years() {
        return this == STAFF ? "more than 10 years" : fromYears + "–" + toYears + " years";
    }

    public static Optional<Level> bySlug(String slug) {
        for (Level level : values()) {
            if (level.slug.equals(slug)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public static Level forYears(double years) {
        for (Level level : values()) {
            if (years < level.toYears + 1) {
                return level;
            }
        }
        return STAFF;
    }
}
