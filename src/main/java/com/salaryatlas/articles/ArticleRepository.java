package com.salaryatlas.articles;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.web.Chart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The articles in content/articles and the pages in content/pages, rendered once: by the build for the packed site
 * ({@link PrerenderedArticles}), at start for content elsewhere. A broken article (missing field, unknown role,
 * unknown shortcode) stops the build, or that start, with file:line.
 */
public final class ArticleRepository {

    private static final Set<String> ARTICLE_FIELDS = Set.of("title", "slug", "kind", "description", "roles",
            "published", "updated", "featured", "sources");
    private static final Set<String> PAGE_FIELDS = Set.of("title", "description", "updated");
    private static final int MAX_DESCRIPTION = 160;
    private static final String README = "README.md";

    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, Page> pages = new LinkedHashMap<>();

    /**
     * The articles as the build rendered them from this same content ({@link PrerenderedArticles}), or rendered now
     * where the content differs or the build left none: in development and in tests on other content.
     */
    public static ArticleRepository load(Path content, Dataset data, Supplier<Shortcodes> shortcodes) {
        try (InputStream prerendered = ArticleRepository.class.getClassLoader()
                .getResourceAsStream(PrerenderedArticles.RESOURCE)) {
            if (prerendered != null) {
                Optional<ArticleRepository> built = PrerenderedArticles.read(prerendered, content, data);
                if (built.isPresent()) {
                    return built.get();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArticleRepository(content, data, shortcodes.get());
    }

    /** Articles in the order given (lists show them so), and pages. */
    ArticleRepository(List<Article> articles, List<Page> pages) {
        articles.forEach(a -> this.articles.put(a.slug(), a));
        pages.forEach(p -> this.pages.put(p.slug(), p));
    }

    /** Reads and renders every article and page, newest article first. */
    public ArticleRepository(Path content, Dataset data, Shortcodes shortcodes) {
        List<Article> loaded = new ArrayList<>();
        for (Path file : markdownIn(content.resolve("articles"))) {
            loaded.add(article(file, shortcodes, data));
        }
        // Newest first, then by title, so lists read the same on every start.
        loaded.sort(Comparator.comparing(Article::updated).reversed().thenComparing(Article::title));
        loaded.forEach(a -> articles.put(a.slug(), a));
        for (Path file : markdownIn(content.resolve("pages"))) {
            Page page = page(file, shortcodes);
            pages.put(page.slug(), page);
        }
    }

    public List<Article> all() {
        return List.copyOf(articles.values());
    }

    public Optional<Article> find(String slug) {
        return Optional.ofNullable(articles.get(slug));
    }

    public List<Page> pages() {
        return List.copyOf(pages.values());
    }

    public Optional<Page> page(String slug) {
        return Optional.ofNullable(pages.get(slug));
    }

    public List<Article> ofKind(String kind) {
        return articles.values().stream().filter(a -> a.kind().equals(kind)).toList();
    }

    public List<Article> covering(Role role) {
        return articles.values().stream().filter(a -> a.roles().contains(role)).toList();
    }

    public List<Article> citing(String source) {
        return articles.values().stream().filter(a -> a.sources().contains(source) || a.notes().contains(source)).toList();
    }

    /**
     * The guides a reader of this one may want next: those sharing a role with it (two points a role) or its kind (one
     * point), most points first, then the newest; none picked by hand, so a new guide joins the lists by its front matter.
     */
    public List<Article> related(Article article, int limit) {
        return articles.values().stream().filter(a -> !a.slug().equals(article.slug()))
                .filter(a -> relatedness(article, a) > 0)
                .sorted(Comparator.comparingLong((Article a) -> relatedness(article, a)).reversed()
                        .thenComparing(Comparator.comparing(Article::published).reversed())
                        .thenComparing(Article::title))
                .limit(limit).toList();
    }

    private static long relatedness(Article one, Article other) {
        long shared = other.roles().stream().filter(one.roles()::contains).count();
        return 2 * shared + (one.kind().equals(other.kind()) ? 1 : 0);
    }

    /** The kinds in the order the guide index lists them. */
    private static final List<String> KINDS = List.of("guide", "comparison", "ranking");

    private static String heading(String kind) {
        return switch (kind) {
            case "guide" -> "Guides";
            case "comparison" -> "Comparisons";
            default -> "Rankings";
        };
    }

    /** One kind's articles under its heading: how /guides groups them. */
    public record Kind(String kind, String heading, List<Article> articles) {
    }

    /** Every article grouped by kind (guides, comparisons, rankings), each group newest first; empty kinds left out. */
    public List<Kind> byKind() {
        List<Kind> kinds = new ArrayList<>();
        for (String kind : KINDS) {
            List<Article> of = articles.values().stream().filter(a -> a.kind().equals(kind)).sorted(NEWEST).toList();
            if (!of.isEmpty()) {
                kinds.add(new Kind(kind, heading(kind), of));
            }
        }
        return kinds;
    }

    /**
     * The articles published on the latest publication date, by title, at most {@code limit}: what the home page
     * features, so a batch of guides released together leads together.
     */
    public List<Article> newest(int limit) {
        return articles.values().stream().map(Article::published).max(Comparator.naturalOrder())
                .map(latest -> articles.values().stream().filter(a -> a.published().equals(latest)).sorted(NEWEST)
                        .limit(limit).toList())
                .orElse(List.of());
    }

    private static final Comparator<Article> NEWEST = Comparator.comparing(Article::published).reversed()
            .thenComparing(Article::title);

    private static Article article(Path path, Shortcodes shortcodes, Dataset data) {
        String name = "content/articles/" + path.getFileName();
        MarkdownFile file = MarkdownFile.read(path, name);
        file.allowOnly(ARTICLE_FIELDS);
        String slug = file.text("slug");
        if (!path.getFileName().toString().equals(slug + ".md")) {
            throw file.error("slug '" + slug + "' must match the file name");
        }
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw file.error("slug '" + slug + "' must be lowercase words joined by hyphens");
        }
        String kind = file.text("kind");
        List<String> roles = file.list("roles");
        int expected = switch (kind) {
            case "guide" -> 1;
            case "comparison" -> 2;
            case "ranking" -> -1;
            default -> throw file.error("kind '" + kind + "' must be guide, comparison or ranking");
        };
        if (expected > 0 && roles.size() != expected) {
            throw file.error("a " + kind + " covers exactly " + expected + " role" + (expected == 1 ? "" : "s"));
        }
        if (kind.equals("ranking") && roles.size() < 2) {
            throw file.error("a ranking covers at least two roles");
        }
        List<Role> covered = new ArrayList<>();
        for (String role : roles) {
            covered.add(data.role(role).orElseThrow(() -> file.error("unknown role '" + role + "'")));
        }
        List<String> sources = file.list("sources");
        for (String source : sources) {
            if (data.source(source).isEmpty()) {
                throw file.error("unknown source '" + source + "'");
            }
        }
        String description = file.text("description");
        if (description.length() > MAX_DESCRIPTION) {
            throw file.error("description is " + description.length() + " characters; keep it to " + MAX_DESCRIPTION);
        }
        var published = file.date("published");
        var updated = file.date("updated");
        if (updated.isBefore(published)) {
            throw file.error("updated " + updated + " is before published " + published);
        }
        List<String> notes = new ArrayList<>();
        Map<String, Chart> charts = new LinkedHashMap<>();
        String html = body(file, shortcodes, notes, charts);
        for (String cited : notes) {
            if (!sources.contains(cited)) {
                throw file.error("cites '" + cited + "' but does not list it under sources");
            }
        }
        // The opening paragraph answers the reader's question, so the page shows it under the title.
        String lede = "";
        String rest = html;
        if (html.startsWith("<p>")) {
            int end = html.indexOf("</p>") + "</p>".length();
            lede = "<p class=\"lede\">" + html.substring("<p>".length(), end);
            rest = html.substring(end).stripLeading();
        }
        // Questions and answers close the page, after the tables the article's sections point to.
        String faq = "";
        int questions = rest.indexOf("<h2 id=\"frequently-asked-questions\">");
        if (questions >= 0) {
            faq = rest.substring(questions);
            rest = rest.substring(0, questions);
        }
        if (Shortcodes.CHART_SLOT.matcher(lede).find() || Shortcodes.CHART_SLOT.matcher(faq).find()) {
            throw file.error("a chart belongs in the body: not in the opening paragraph or the questions");
        }
        List<Article.Heading> toc = new ArrayList<>();
        Matcher h2 = H2.matcher(rest);
        while (h2.find()) {
            toc.add(new Article.Heading(h2.group(1), unescape(h2.group(2))));
        }
        return new Article(slug, kind, file.text("title"), description, List.copyOf(covered), published, updated,
                file.flag("featured"), List.copyOf(sources), lede, rest, faq, List.copyOf(toc), MarkdownFile.words(html),
                List.copyOf(notes), java.util.Collections.unmodifiableMap(charts));
    }

    private static final Pattern H2 = Pattern.compile("<h2 id=\"([^\"]+)\">(.*?)</h2>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** Heading text as a template prints it (escaping it again): undo the renderer's entities. */
    private static String unescape(String html) {
        return TAG.matcher(html).replaceAll("").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static Page page(Path path, Shortcodes shortcodes) {
        String name = "content/pages/" + path.getFileName();
        MarkdownFile file = MarkdownFile.read(path, name);
        file.allowOnly(PAGE_FIELDS);
        List<String> notes = new ArrayList<>();
        String html = body(file, shortcodes, notes, null);
        String slug = path.getFileName().toString().replaceFirst("\\.md$", "");
        return new Page(slug, file.text("title"), file.text("description"), file.date("updated"), html, List.copyOf(notes));
    }

    private static String body(MarkdownFile file, Shortcodes shortcodes, List<String> notes, Map<String, Chart> charts) {
        String[] lines = file.body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("# ")) {
                throw new ContentException(file.name + ":" + (file.bodyLine + i)
                        + ": the page title is the only h1; use ## for sections");
            }
        }
        return MarkdownFile.html(shortcodes.expand(file.body, file.name, file.bodyLine, notes, charts));
    }

    private static List<Path> markdownIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // The folder's README is the writers' guide to shortcodes, not an article.
            return files.filter(p -> p.getFileName().toString().endsWith(".md")
                    && !p.getFileName().toString().equals(README)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
