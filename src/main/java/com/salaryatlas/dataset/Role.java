package com.salaryatlas.dataset;

/**
 * A job role. An {@code occupation} role is a BLS occupation itself and takes its figures from the official files;
 * a {@code title} role is a job title BLS does not publish, with its own sourced figures, tied to the occupation
 * ({@code soc}) it belongs to: that occupation's state and industry figures, and its spread where the title's own
 * source gives only a median or a range.
 */
public record Role(String slug, String title, String soc, String summary, String kind) {

    public boolean isOccupation() {
        return "occupation".equals(kind);
    }
}
