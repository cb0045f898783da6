package com.salaryatlas.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleRepositoryTest {

    static final Path FIXTURE_CONTENT = Path.of("src/test/resources/fixture-content");
    private final Fixtures.Model model = Fixtures.fixtureModel();

    @TempDir
    Path dir;

    /** The lede and the rest of the body: the article as a reader sees it. */
    private static String whole(Article a) {
        return a.lede() + a.html();
    }

    @Test
    void the_opening_paragraph_becomes_the_lede() {
        Article guide = model.articles(FIXTURE_CONTENT).find("reference-guide").orElseThrow();
        assertTrue(guide.lede().startsWith("<p class=\"lede\">The median is $130,000"), guide.lede());
        assertTrue(guide.html().startsWith("<h2 id=\"section\">Section</h2>"), guide.html());
    }

    @Test
    void shortcodes_render_figures_from_the_estimation_service_formatted_one_way() {
        Article guide = model.articles(FIXTURE_CONTENT).find("reference-guide").orElseThrow();
        assertTrue(whole(guide).contains("The median is $130,000 and entry level is $80,000–$105,280."), whole(guide));
        assertTrue(whole(guide).contains("Hourly at the median: $62.50."), whole(guide));
        assertTrue(whole(guide).contains("Rust postings: $165,000."));
    }

    @Test
    void citations_are_numbered_in_order_of_first_use_and_link_to_the_sources_page() {
        Article guide = model.articles(FIXTURE_CONTENT).find("reference-guide").orElseThrow();
        assertEquals(List.of("survey", "postings"), guide.notes());
        assertTrue(whole(guide).contains("<a href=\"/sources#survey\" title=\"Fixture Survey Office, May 2024\">[1]</a>"));
        assertTrue(whole(guide).contains("<a href=\"/sources#postings\" title=\"Fixture Job Board, May 2026\">[2]</a>"));
        assertEquals(2, whole(guide).split("\\[1]", -1).length - 1, "a repeated citation keeps its number");
    }

    @Test
    void comparison_shortcodes_compute_the_gap_and_name_the_better_paid_role() {
        Article comparison = model.articles(FIXTURE_CONTENT).find("reference-vs-ranged").orElseThrow();
        // Senior Title's median is 15-1252's pay at its survey rank 58: 130,000 + 8/25 x 40,000 = 142,800.
        assertTrue(whole(comparison).contains("Senior Title pays more, by $12,800 (9.8%)."), whole(comparison));
        assertTrue(whole(comparison).contains("In postings the gap is $10,000 (7.1%)."), whole(comparison));
        assertTrue(whole(comparison).contains("published range is $120,000–$180,000."), whole(comparison));
    }

    @Test
    void every_kind_loads_with_reading_time_and_dates() {
        ArticleRepository repository = model.articles(FIXTURE_CONTENT);
        assertEquals(3, repository.all().size());
        assertEquals("ranking", repository.find("fixture-ranking").orElseThrow().kind());
        assertTrue(whole(repository.find("fixture-ranking").orElseThrow()).contains("The cap is 30% and a year has 2,080 working hours."));
        assertEquals(1, repository.find("reference-guide").orElseThrow().readingMinutes());
        assertTrue(repository.page("methodology").orElseThrow().html().contains("capped at 30%"));
    }

    @Test
    void a_readme_in_the_articles_folder_is_not_read_as_an_article() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/README.md"), "# Shortcodes\n\nNo front matter here.\n");
        assertEquals(List.of(), model.articles(dir).all());
    }

    @Test
    void related_guides_share_a_role_the_most_shared_first() {
        Article comparison = model.articles(FIXTURE_CONTENT).find("reference-vs-ranged").orElseThrow();
        assertEquals(List.of("fixture-ranking", "reference-guide"),
                model.articles(FIXTURE_CONTENT).related(comparison, 4).stream().map(Article::slug).toList());
    }

    @Test
    void a_guide_of_the_same_kind_is_related_and_one_sharing_neither_role_nor_kind_is_not() throws IOException {
        writeArticle("alpha", "guide", "median-only", "2026-03-01");
        writeArticle("beta", "guide", "senior-title", "2026-03-01");
        writeArticle("gamma", "comparison", "reference, ranged", "2026-03-01");
        ArticleRepository repository = model.articles(dir);
        assertEquals(List.of("beta"), repository.related(repository.find("alpha").orElseThrow(), 4).stream()
                .map(Article::slug).toList());
    }

    @Test
    void the_guide_index_groups_every_article_under_its_kind() {
        List<ArticleRepository.Kind> kinds = model.articles(FIXTURE_CONTENT).byKind();
        assertEquals(List.of("Guides", "Comparisons", "Rankings"), kinds.stream().map(ArticleRepository.Kind::heading).toList());
        assertEquals(List.of("reference-vs-ranged"), kinds.get(1).articles().stream().map(Article::slug).toList());
    }

    @Test
    void the_newest_are_the_articles_published_last() throws IOException {
        writeArticle("older", "guide", "reference", "2026-03-01");
        writeArticle("newer-b", "guide", "ranged", "2026-04-01");
        writeArticle("newer-a", "comparison", "reference, ranged", "2026-04-01");
        assertEquals(List.of("newer-a", "newer-b"), model.articles(dir).newest(6).stream().map(Article::slug).toList());
    }

    private void writeArticle(String slug, String kind, String roles, String published) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/" + slug + ".md"), "---\ntitle: \"" + slug + "\"\nslug: " + slug
                + "\nkind: " + kind + "\ndescription: \"d\"\nroles: [" + roles + "]\npublished: " + published
                + "\nupdated: " + published + "\nsources: [survey]\n---\n\nWords.\n");
    }

    private String errorFor(String body, String frontMatterRoles) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/broken.md"), "---\ntitle: \"Broken\"\nslug: broken\nkind: guide\n"
                + "description: \"d\"\nroles: [" + frontMatterRoles + "]\npublished: 2026-01-01\nupdated: 2026-01-01\n"
                + "sources: [survey]\n---\n\nFirst line.\n" + body + "\n");
        return assertThrows(ContentException.class, () -> model.articles(dir)).getMessage();
    }

    @Test
    void an_unknown_shortcode_stops_the_start_with_file_and_line() throws IOException {
        assertEquals("content/articles/broken.md:13: {{salary:reference}}: unknown shortcode 'salary'",
                errorFor("Pay is {{salary:reference}}.", "reference"));
    }

    @Test
    void a_figure_is_quoted_by_its_id_and_an_unknown_id_stops_the_start() throws IOException {
        assertEquals("content/articles/broken.md:13: {{figure:reference-nowhere}}: role_figures.csv has no figure 'reference-nowhere'",
                errorFor("Quoted {{figure:reference-nowhere}}.", "reference"));
    }

    @Test
    void an_unknown_role_in_a_shortcode_stops_the_start_with_file_and_line() throws IOException {
        assertEquals("content/articles/broken.md:13: {{median:astronaut}}: unknown role 'astronaut'",
                errorFor("Pay is {{median:astronaut}}.", "reference"));
    }

    @Test
    void an_unknown_role_in_front_matter_is_refused() throws IOException {
        assertEquals("content/articles/broken.md:1: unknown role 'astronaut'", errorFor("Fine.", "astronaut"));
    }

    @Test
    void citing_a_source_not_listed_in_front_matter_is_refused() throws IOException {
        assertEquals("content/articles/broken.md:1: cites 'postings' but does not list it under sources",
                errorFor("Posted {{cite:postings}}.", "reference"));
    }

    /** An article of one paragraph with {@code body}, loaded from a content folder of its own, as readers get it. */
    private String rendered(String body) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/outlook.md"), "---\ntitle: \"Outlook\"\nslug: outlook\nkind: guide\n"
                + "description: \"d\"\nroles: [reference]\npublished: 2026-01-01\nupdated: 2026-01-01\n"
                + "sources: [survey]\n---\n\n" + body + "\n");
        return whole(model.articles(dir).find("outlook").orElseThrow());
    }

    @Test
    void the_outlook_shortcode_prints_a_roles_occupation_employment_in_jobs() throws IOException {
        // The fixture's projections.csv gives 15-1252 (Reference Developer's occupation) 1693.8 thousand in 2024.
        assertTrue(rendered("Jobs: {{outlook:reference:employment2024}}.").contains("Jobs: 1,693,800."));
    }

    @Test
    void the_outlook_shortcode_prints_the_change_signed_and_the_percent() throws IOException {
        assertTrue(rendered("{{outlook:reference:change}} or {{outlook:reference:percent}}")
                .contains("+267,700 or +15.8%"));
    }

    @Test
    void the_outlook_shortcode_prints_the_projected_employment_the_openings_and_the_education() throws IOException {
        String html = rendered("{{outlook:reference:employment2034}}, {{outlook:reference:openings}}, "
                + "{{outlook:reference:education}}");
        assertTrue(html.contains("1,961,400, 115,200, Bachelor's degree"), html);
    }

    @Test
    void an_outlook_field_named_by_a_year_the_file_does_not_cover_stops_the_start() throws IOException {
        assertEquals("content/articles/broken.md:13: {{outlook:reference:employment2023}}: unknown outlook field "
                + "'employment2023'; use employment2024, employment2034, change, percent, openings or education",
                errorFor("Then {{outlook:reference:employment2023}}.", "reference"));
    }
}
