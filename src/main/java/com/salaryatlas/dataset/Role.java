package com.salaryatlas.dataset;

/** A job role; {@code soc} is the reference occupation whose pay shape a role known only by a median borrows. */
public record Role(String slug, String title, String soc, String summary) {
}
