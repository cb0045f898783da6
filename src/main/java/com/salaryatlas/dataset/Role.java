package com.salaryatlas.dataset;

/**
 * A job role, with the experience levels its source covers ({@code levels}: every level unless the title implies
 * seniority). An {@code occupation} role is a BLS occupation itself and takes its figures from the official files;
 * a {@code title} role is a job title BLS does not publish, with its own sourced figures, tied to the occupation
 * ({@code soc}) it belongs to: that occupation's state and industry figures, and its BLS pay, in which a title whose
 * own source gives only a median or a range is placed by the developer survey's ranks.
 */
public record Role(String slug, String title, String soc, String summary, String kind, java.util.List<Level> levels) {

    public Role {
        levels = java.util.List.copyOf(levels);
    }

    /** The first level the role's source covers: entry for most, senior for a senior title. */
    public Level firstLevel() {
        return levels.get(0);
    }

    /** The level a link to this role's estimate opens at: mid level, or the nearest the role covers. */
    public Level typicalLevel() {
        return covers(Level.MID) ? Level.MID : levels.get(0);
    }

    /** The calculator's address for this role at its typical level in {@code location} (a place key, "us" for the nation). */
    public String calculatorPath(String location) {
        return "/calculator?role=" + slug + "&level=" + typicalLevel().slug + "&location=" + location;
    }

    /** The role's own page. */
    public String path() {
        return "/salaries/" + slug;
    }

    /** The compare page of this role and {@code other}: one address per pair, the slugs in alphabetical order. */
    public String comparePath(Role other) {
        return slug.compareTo(other.slug) <= 0 ? "/compare/" + slug + "-vs-" + other.slug
                : "/compare/" + other.slug + "-vs-" + slug;
    }

    public boolean covers(Level level) {
        return levels.contains(level);
    }

    public boolean isOccupation() {
        return "occupation".equals(kind);
    }
}
