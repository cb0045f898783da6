package com.salaryatlas.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** A Markdown file with YAML front matter, read with errors that point at file:line. */
final class MarkdownFile {

    // Headings get ids ("## Pay by level" → id="pay-by-level") so guides can carry a table of contents.
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&[a-z#0-9]+;");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    final String name;
    final Map<String, Object> front;
    final String body;
    /** The line of the file the body starts on. */
    final int bodyLine;

    private MarkdownFile(String name, Map<String, Object> front, String body, int bodyLine) {
        this.name = name;
        this.front = front;
        this.body = body;
        this.bodyLine = bodyLine;
    }

    static MarkdownFile read(Path path, String name) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read", e);
        }
        if (!text.startsWith("---\n")) {
            throw new ContentException(name + ":1: front matter missing; start the file with a --- line");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new ContentException(name + ":1: front matter is not closed with a --- line");
        }
        Map<String, Object> front = FrontMatter.parse(text.substring(4, end), name, 2);
        if (front.isEmpty()) {
            throw new ContentException(name + ":1: front matter is empty");
        }
        int bodyLine = (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count() + 1;
        return new MarkdownFile(name, front, text.substring(end + 5), bodyLine);
    }

    String text(String field) {
        Object value = front.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw error("front matter needs '" + field + "'");
        }
        return s.trim();
    }

    boolean flag(String field) {
        Object value = front.get(field);
        if (value != null && !value.equals("true") && !value.equals("false")) {
            throw error("'" + field + "' is true or false");
        }
        return "true".equals(value);
    }

    LocalDate date(String field) {
        String raw = text(field);
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw error("'" + field + "' is '" + raw + "'; write dates as 2026-11-23");
        }
    }

    List<String> list(String field) {
        Object value = front.get(field);
        if (!(value instanceof List<?> items) || items.isEmpty()) {
            throw error("front matter needs '" + field + "' as a non-empty list");
        }
        return items.stream().map(Object::toString).toList();
    }

    void allowOnly(Set<String> fields) {
        for (String f : front.keySet()) {
            if (!fields.contains(f)) {
                throw error("unknown front matter field '" + f + "'");
            }
        }
    }

    ContentException error(String message) {
        return new ContentException(name + ":1: " + message);
    }

    /** Renders Markdown to HTML; the HTML is ours (shortcodes emit note links), so it passes through. */
    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    static int words(String html) {
        String text = ENTITY.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ").trim();
        return text.isEmpty() ? 0 : SPACES.split(text).length;
    }
}
