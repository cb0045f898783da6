package com.salaryatlas.articles;

import java.time.LocalDate;
import java.util.List;

/** A reference page written in Markdown (content/pages), such as the methodology. */
public record Page(String slug, String title, String description, LocalDate updated, String html, List<String> notes) {

    /** A run of the body's HTML, or the name of a table the page places there (then {@code html} is null). */
    public record Part(String html, String table) {
    }

    /** The body as the page prints it: its HTML cut where a table shortcode stood, the table's name in between. */
    public List<Part> parts() {
        return Shortcodes.cut(html, Shortcodes.TABLE_SLOT, h -> new Part(h, null), name -> new Part(null, name));
    }
}
