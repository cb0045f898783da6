package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Wage;
import java.util.Optional;

/** Percent changes between two published wages: over the years, or from one industry or place to another. */
public final class Changes {

    private Changes() {
    }

    /** How far {@code to} sits above {@code from}, in percent; empty unless both are published exactly. */
    public static Optional<Double> percent(Wage from, Wage to) {
        if (from == null || to == null || !from.exact() || !to.exact()) {
            return Optional.empty();
        }
        return Optional.of((to.amount() / from.amount() - 1) * 100);
    }
}
