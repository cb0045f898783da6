package com.salaryatlas.importer;

import java.math.BigDecimal;

/**
 * The experience bands of `survey_pay.csv`, matching the site's levels: 0–2, 3–5, 6–10, 11–15, 16–20 and 21+ years,
 * and 11+ for staff. {@link #ANY} is the whole group, blank answers included. Bands are in whole years: an answer
 * with a fraction (2023 codes "less than a year" as 0.5) belongs to the band of its whole part, so 2.5 is in 0–2.
 */
enum Band {
    ANY(null, null),
    Y0_2(0, 2),
    Y3_5(3, 5),
    Y6_10(6, 10),
    Y11_15(11, 15),
    Y16_20(16, 20),
    Y21_UP(21, null),
    Y11_UP(11, null);

    /** First whole year of the band; null only for {@link #ANY}. */
    final Integer from;
    /** Last whole year of the band; null for open bands (and {@link #ANY}). */
    final Integer to;

    Band(Integer from, Integer to) {
        this.from = from;
        this.to = to;
    }

    /** Whether an answer of {@code years} (null when the respondent left it blank) falls in this band. */
    boolean holds(BigDecimal years) {
        if (from == null) {
            return true;
        }
        if (years == null) {
            return false;
        }
        // Below the next band's first year rather than at most `to`, so fractions never fall between two bands.
        return years.compareTo(BigDecimal.valueOf(from)) >= 0
                && (to == null || years.compareTo(BigDecimal.valueOf(to + 1L)) < 0);
    }

    String fromCell() {
        return from == null ? "" : from.toString();
    }

    String toCell() {
        return to == null ? "" : to.toString();
    }
}
