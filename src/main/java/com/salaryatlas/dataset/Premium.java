package com.salaryatlas.dataset;

import java.util.Set;

/** A skill, certification, specialization or company type and the pay lift a source reports for it. */
public record Premium(String id, String kind, String name, Set<String> roles, Double lowPct, Double highPct,
                      String source, String note, String group) {

    public boolean appliesTo(String role) {
        return roles.isEmpty() || roles.contains(role);
    }

    public boolean isCompany() {
        return kind.equals("company");
    }

    public boolean hasFigure() {
        return lowPct != null && highPct != null;
    }
}
