package com.salaryatlas.articles;

import java.time.LocalDate;
import java.util.List;

/** A reference page written in Markdown (content/pages), such as the methodology. */
public record Page(String slug, String title, String description, LocalDate updated, String html, List<String> notes) {
}
