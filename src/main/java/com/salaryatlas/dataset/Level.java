package com.salaryatlas.dataset;

import java.util.Optional;

/** Experience levels by years of experience, as the site's forms and tables name them. */
public enum Level {
    ENTRY("entry", "Entry level", 0, 2, 1),
    MID("mid", "Mid level", 3, 5, 4),
    SENIOR("senior", "Senior", 6, 10, 8),
    STAFF("staff", "Staff or principal", 11, Integer.MAX_VALUE, 14);

    public final String slug;
    public final String label;
    public final int fromYears;
    public final int toYears;
    /** The years a level stands for when no years are given: a typical member of the level. */
    public final int typicalYears;

    Level(String slug, String label, int fromYears, int toYears, int typicalYears) {
        this.slug = slug;
        this.label = label;
        this.fromYears = fromYears;
        this.toYears = toYears;
        this.typicalYears = typicalYears;
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
            if (years < level.toYears + 1.0) {
                return level;
            }
        }
        return STAFF;
    }
}
