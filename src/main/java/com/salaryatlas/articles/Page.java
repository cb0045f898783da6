package com.salaryatlas.articles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** A reference page written in Markdown (content/pages), such as the methodology. */
public record Page(String slug, String title, String description, LocalDate updated, String html, List<String> notes) {

    /** A run of the body's HTML, or the name of a table the page places there (then {@code html} is null). */
    public record Part(String html, String table) {
    }

    /** The body as the page prints it: its HTML cut where a table shortcode stood, the table's name in between. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        Matcher slot = Shortcodes.TABLE_SLOT.matcher(html);
        int from = 0;
        while (slot.find()) {
            if (slot.start() > from) {
                parts.add(new Part(html.substring(from, slot.start()), null));
            }
            parts.add(new Part(null, slot.group(1)));
            from = slot.end();
        }
        if (from < html.length()) {
            parts.add(new Part(html.substring(from), null));
        }
        return parts;
    }
}
