package com.salaryatlas.articles;

import com.salaryatlas.dataset.Role;
import java.time.LocalDate;
import java.util.List;

/**
 * One guide article: its front matter, its opening paragraph (the lede, shown under the title), the rest of
 * its rendered body, and the sources its notes cite, in note order.
 */
public record Article(String slug, String kind, String title, String description, List<Role> roles,
                      LocalDate published, LocalDate updated, boolean featured, List<String> sources,
                      String lede, String html, String faq, List<Heading> toc, int words, List<String> notes) {

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
