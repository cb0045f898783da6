package com.salaryatlas.dataset;

/**
 * A state, DC or territory as BLS publishes it: its postal code ({@code CA}), its name, the slug pages use
 * ({@code california}, {@code district-of-columbia}) and its type (state or territory).
 */
public record Area(String code, String name, String slug, String type) {

    /** The calculator's value for the area: the lowercase postal code, as shared links have always spelled it. */
    public String key() {
        return code.toLowerCase(java.util.Locale.ROOT);
    }
}
