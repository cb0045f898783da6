package com.salaryatlas.dataset;

/** A bonus, equity or benefits range for a role and company type ({@code *} = any); unit pct_of_base or usd. */
public record TotalComp(String role, String company, String component, Double low, Double high, String unit,
                        String source, String note, java.util.List<Level> levels) {

    public boolean appliesAt(Level level) {
        return levels.isEmpty() || levels.contains(level);
    }
}
