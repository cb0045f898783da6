package com.salaryatlas.articles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.web.Chart;
import com.salaryatlas.web.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The articles and pages as the build renders them, in a JSON file packed into the jar
 * ({@value #RESOURCE}), so the packed site starts without parsing Markdown or expanding shortcodes: that took about
 * 0.85 s of a 4.5 s start. The file names the content it was rendered from by a checksum of every file under
 * content/articles, content/pages and content/data; a site whose content differs (development, tests on other
 * content) renders its articles at start instead. Written and read with jackson-core's streaming API, whose classes
 * the pages load anyway.
 */
public final class PrerenderedArticles {

    /** Where the build writes the file in target/classes, and where the site looks for it on the classpath. */
    public static final String RESOURCE = "prerendered/articles.json";

    private static final List<String> FOLDERS = List.of("articles", "pages", "data");

    private PrerenderedArticles() {
    }

    /** The articles and pages of a repository, with the checksum of the content they were rendered from. */
    public static void write(ArticleRepository articles, Path content, Writer out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("content", checksum(content));
            json.writeArrayFieldStart("articles");
            for (Article article : articles.all()) {
                article(json, article);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("pages");
            for (Page page : articles.pages()) {
                json.writeStartObject();
                json.writeStringField("slug", page.slug());
                json.writeStringField("title", page.title());
                json.writeStringField("description", page.description());
                json.writeStringField("updated", page.updated().toString());
                json.writeStringField("html", page.html());
                JsonWriter.strings(json, "notes", page.notes());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The articles and pages in the file, if it was rendered from this content; empty if the content has changed
     * since. Roles are the dataset's own records, found by slug.
     */
    static Optional<ArticleRepository> read(InputStream in, Path content, Dataset data) {
        Map<String, Object> file;
        try (JsonParser json = new JsonFactory().createParser(in)) {
            json.nextToken();
            file = object(value(json));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
        }
        if (!checksum(content).equals(file.get("content"))) {
            return Optional.empty();
        }
        List<Article> articles = new ArrayList<>();
        for (Object article : list(file.get("articles"))) {
            articles.add(article(object(article), data));
        }
        List<Page> pages = new ArrayList<>();
        for (Object item : list(file.get("pages"))) {
            Map<String, Object> page = object(item);
            pages.add(new Page(text(page, "slug"), text(page, "title"), text(page, "description"),
                    LocalDate.parse(text(page, "updated")), text(page, "html"), strings(page, "notes")));
        }
        return Optional.of(new ArticleRepository(articles, pages));
    }

    /**
     * CRC-32 of the names and bytes of every file the articles are rendered from, with their total length: a key
     * for "the same content", not a defence against anyone.
     */
    static String checksum(Path content) {
        CRC32 crc = new CRC32();
        long bytes = 0;
        for (String folder : FOLDERS) {
            Path root = content.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] data = Files.readAllBytes(file);
                    crc.update((folder + "/" + root.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
                    crc.update(data);
                    bytes += data.length;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Long.toHexString(crc.getValue()) + "-" + bytes;
    }

    private static void article(JsonGenerator json, Article article) throws IOException {
        json.writeStartObject();
        json.writeStringField("slug", article.slug());
        json.writeStringField("kind", article.kind());
        json.writeStringField("title", article.title());
        json.writeStringField("description", article.description());
        JsonWriter.strings(json, "roles", article.roles().stream().map(Role::slug).toList());
        json.writeStringField("published", article.published().toString());
        json.writeStringField("updated", article.updated().toString());
        json.writeBooleanField("featured", article.featured());
        JsonWriter.strings(json, "sources", article.sources());
        json.writeStringField("lede", article.lede());
        json.writeStringField("html", article.html());
        json.writeStringField("faq", article.faq());
        json.writeArrayFieldStart("toc");
        for (Article.Heading heading : article.toc()) {
            json.writeStartObject();
            json.writeStringField("id", heading.id());
            json.writeStringField("text", heading.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("words", article.words());
        JsonWriter.strings(json, "notes", article.notes());
        json.writeArrayFieldStart("charts");
        for (Chart chart : article.charts().values()) {
            chart(json, chart);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static Article article(Map<String, Object> a, Dataset data) {
        List<Role> roles = new ArrayList<>();
        for (String slug : strings(a, "roles")) {
            roles.add(data.role(slug).orElseThrow(() -> new IllegalStateException(
                    RESOURCE + ": role '" + slug + "' is not in the dataset, yet the checksum matched")));
        }
        Map<String, Chart> charts = new LinkedHashMap<>();
        for (Object chart : list(a.get("charts"))) {
            Chart c = chart(object(chart));
            charts.put(c.id(), c);
        }
        List<Article.Heading> toc = new ArrayList<>();
        for (Object heading : list(a.get("toc"))) {
            toc.add(new Article.Heading(text(object(heading), "id"), text(object(heading), "text")));
        }
        return new Article(text(a, "slug"), text(a, "kind"), text(a, "title"), text(a, "description"),
                List.copyOf(roles), LocalDate.parse(text(a, "published")), LocalDate.parse(text(a, "updated")),
                (Boolean) a.get("featured"), strings(a, "sources"), text(a, "lede"), text(a, "html"), text(a, "faq"),
                List.copyOf(toc), ((Number) a.get("words")).intValue(), strings(a, "notes"),
                java.util.Collections.unmodifiableMap(charts));
    }

    private static void chart(JsonGenerator json, Chart chart) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", chart.id());
        json.writeStringField("kind", chart.kind());
        json.writeStringField("title", chart.title());
        json.writeStringField("summary", chart.summary());
        json.writeStringField("format", chart.format());
        JsonWriter.strings(json, "labels", chart.labels());
        json.writeArrayFieldStart("series");
        for (Chart.Series series : chart.series()) {
            json.writeStartObject();
            json.writeStringField("label", series.label());
            JsonWriter.numbers(json, "values", series.values());
            JsonWriter.numbers(json, "lows", series.lows());
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonWriter.strings(json, "tableHead", chart.tableHead());
        json.writeArrayFieldStart("tableRows");
        for (List<String> row : chart.tableRows()) {
            json.writeStartArray();
            for (String cell : row) {
                json.writeString(cell);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeBooleanField("tableShownNearby", chart.tableShownNearby());
        json.writeEndObject();
    }

    private static Chart chart(Map<String, Object> c) {
        List<Chart.Series> series = new ArrayList<>();
        for (Object item : list(c.get("series"))) {
            Map<String, Object> s = object(item);
            series.add(new Chart.Series(text(s, "label"), numbers(s, "values"), numbers(s, "lows")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object row : list(c.get("tableRows"))) {
            rows.add(list(row).stream().map(String.class::cast).toList());
        }
        return new Chart(text(c, "id"), text(c, "kind"), text(c, "title"), text(c, "summary"), text(c, "format"),
                strings(c, "labels"), List.copyOf(series), strings(c, "tableHead"), List.copyOf(rows),
                (Boolean) c.get("tableShownNearby"));
    }

    /** One JSON value as maps (in the file's order), lists, strings, numbers, booleans and nulls. */
    private static Object value(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    object.put(name, value(json));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(json));
                }
                return list;
            }
            case VALUE_STRING -> {
                return json.getText();
            }
            case VALUE_NUMBER_INT -> {
                return json.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return json.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return json.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token + " at " + json.currentLocation());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static String text(Map<String, Object> object, String field) {
        return (String) object.get(field);
    }

    private static List<String> strings(Map<String, Object> object, String field) {
        return list(object.get(field)).stream().map(String.class::cast).toList();
    }

    /** Numbers as doubles (JSON writes 90000.0 back as 90000.0, but a whole number may come back as a long). */
    private static List<Double> numbers(Map<String, Object> object, String field) {
        Object values = object.get(field);
        if (values == null) {
            return null;
        }
        List<Double> numbers = new ArrayList<>();
        for (Object n : list(values)) {
            numbers.add(n == null ? null : ((Number) n).doubleValue());
        }
        return java.util.Collections.unmodifiableList(numbers);
    }
}
