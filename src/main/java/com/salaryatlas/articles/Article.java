package com.salaryatlas.articles;

import com.salaryatlas.dataset.Role;
import com.salaryatlas.web.Chart;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One guide article: its front matter, its opening paragraph (the lede, shown under the title), the rest of
 * its rendered body, and the sources its notes cite, in note order.
 */
public record Article(String slug, String kind, String title, String description, List<Role> roles,
                      LocalDate published, LocalDate updated, boolean featured, List<String> sources,
                      String lede, String html, String faq, List<Heading> toc, int words, List<String> notes,
                      Map<String, Chart> charts) {

    /** A run of the body's HTML, or a chart the article places there (then {@code html} is null). */
    public record Part(String html, Chart chart) {
    }

    /** The body as the page prints it: its HTML cut where a chart shortcode stood, the chart in between. */
    public List<Part> parts() {
        return Shortcodes.cut(html, Shortcodes.CHART_SLOT, h -> new Part(h, null), id -> new Part(null, charts.get(id)));
    }

    /** A section of the article, for its table of contents. */
    public record Heading(String id, String text) {
    }

    public static final int WORDS_PER_MINUTE = 230;

    public String url() {
        return "/guides/" + slug;
    }

    public int readingMinutes() {
        return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }

    public boolean isComparison() {
        return kind.equals("comparison");
    }
}
