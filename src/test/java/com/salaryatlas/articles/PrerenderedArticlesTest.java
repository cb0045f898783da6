package com.salaryatlas.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.dataset.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrerenderedArticlesTest {

    private static final Path CONTENT = Path.of("content");

    @TempDir
    Path dir;

    private static String written(ArticleRepository articles, Path content) {
        StringWriter out = new StringWriter();
        PrerenderedArticles.write(articles, content, out);
        return out.toString();
    }

    private static Optional<ArticleRepository> read(String json, Path content, Fixtures.Model model) {
        return PrerenderedArticles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), content,
                model.data());
    }

    @Test
    void the_file_the_build_wrote_holds_what_rendering_the_content_now_gives() throws IOException {
        Fixtures.Model model = Fixtures.contentModel();
        ArticleRepository rendered = model.articles(CONTENT);
        try (InputStream built = getClass().getClassLoader().getResourceAsStream(PrerenderedArticles.RESOURCE)) {
            assertNotNull(built, "mvn process-classes writes " + PrerenderedArticles.RESOURCE);
            ArticleRepository read = PrerenderedArticles.read(built, CONTENT, model.data()).orElseThrow();
            assertEquals(rendered.all(), read.all());
            assertEquals(rendered.pages(), read.pages());
        }
    }

    @Test
    void articles_read_back_equal_the_rendered_ones_charts_and_all() {
        Fixtures.Model model = Fixtures.contentModel();
        ArticleRepository rendered = model.articles(CONTENT);
        ArticleRepository read = read(written(rendered, CONTENT), CONTENT, model).orElseThrow();
        assertTrue(rendered.all().stream().anyMatch(a -> !a.charts().isEmpty()), "the content places charts");
        assertEquals(rendered.all(), read.all());
    }

    @Test
    void pages_read_back_equal_the_rendered_ones() {
        Fixtures.Model model = Fixtures.contentModel();
        ArticleRepository rendered = model.articles(CONTENT);
        ArticleRepository read = read(written(rendered, CONTENT), CONTENT, model).orElseThrow();
        assertFalse(rendered.pages().isEmpty());
        assertEquals(rendered.pages(), read.pages());
    }

    @Test
    void articles_hold_the_datasets_own_role_records() {
        Fixtures.Model model = Fixtures.fixtureModel();
        String json = written(model.articles(Fixtures.FIXTURE_CONTENT), Fixtures.FIXTURE_CONTENT);
        Role role = read(json, Fixtures.FIXTURE_CONTENT, model).orElseThrow().find("reference-guide").orElseThrow()
                .roles().get(0);
        assertSame(model.role(role.slug()), role);
    }

    @Test
    void a_changed_data_file_makes_the_file_stale() throws IOException {
        Path content = copyOfFixtureContent();
        Fixtures.Model model = Fixtures.fixtureModel();
        String json = written(model.articles(content), content);
        Files.writeString(content.resolve("data/sources.csv"), "\n", StandardOpenOption.APPEND);
        assertTrue(read(json, content, model).isEmpty());
    }

    @Test
    void a_changed_article_makes_the_file_stale() throws IOException {
        Path content = copyOfFixtureContent();
        Fixtures.Model model = Fixtures.fixtureModel();
        String json = written(model.articles(content), content);
        Files.writeString(content.resolve("articles/reference-guide.md"), "\n", StandardOpenOption.APPEND);
        assertTrue(read(json, content, model).isEmpty());
    }

    @Test
    void unchanged_content_reads_the_file() throws IOException {
        Path content = copyOfFixtureContent();
        Fixtures.Model model = Fixtures.fixtureModel();
        String json = written(model.articles(content), content);
        assertTrue(read(json, content, model).isPresent());
    }

    @Test
    void loading_other_content_than_the_build_rendered_renders_it() {
        Fixtures.Model model = Fixtures.fixtureModel();
        ArticleRepository loaded = ArticleRepository.load(Fixtures.FIXTURE_CONTENT, model.data(), model::shortcodes);
        assertEquals(model.articles(Fixtures.FIXTURE_CONTENT).all(), loaded.all());
    }

    private Path copyOfFixtureContent() throws IOException {
        Path target = dir.resolve("content");
        try (Stream<Path> files = Files.walk(Fixtures.FIXTURE_CONTENT)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(Fixtures.FIXTURE_CONTENT.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
