package com.salaryatlas.dataset;

/**
 * One source's figure for one role, under an id that prose can quote ({@code {{figure:id}}}). {@code kind} says which columns hold it: percentiles (p10–p90),
 * median or average (the median column), or range (low–high, either end may be unpublished).
 */
public record RoleFigure(String id, String role, String source, String kind, String level, String location,
                         Integer p10, Integer p25, Integer median, Integer p75, Integer p90,
                         Integer low, Integer high, Integer n, boolean primary, String note) {

    public boolean national() {
        return location == null;
    }

    public boolean allLevels() {
        return level == null;
    }
}
