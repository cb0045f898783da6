package com.salaryatlas.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks on the real content/ folder: it loads, and prose never types a figure or copies a seed article. */
class ContentTest {

    static final Path CONTENT = Path.of("content");
    /** Hashes of every eight-word run in the seed articles (src/test/scripts/seed-fingerprints.py writes them). */
    static final Path SEED_FINGERPRINTS = Path.of("src/test/resources/seed-fingerprints.txt");
    /** A typed dollar amount, a thousands figure, or "150K": everything a shortcode should have produced. */
    static final Pattern LITERAL_FIGURE = Pattern.compile("\\$\\s?\\d|\\b\\d{1,3},\\d{3}\\b|\\b\\d+(\\.\\d+)?\\s?[kK]\\b");

    @Test
    void every_article_and_page_loads_with_complete_front_matter_and_known_roles() throws IOException {
        ArticleRepository repository = Fixtures.contentModel().articles(CONTENT);
        // Counted from the folder, so a new guide needs no edit here and a file that fails to become an article shows.
        assertEquals(articleFiles().size(), repository.all().size());
        assertEquals(3, repository.ofKind("ranking").size());
        assertEquals(5, repository.ofKind("comparison").size());
        assertTrue(repository.page("methodology").isPresent());
        for (Article a : repository.all()) {
            assertTrue(a.words() >= 1_000 && a.words() <= 2_000, a.slug() + " has " + a.words() + " words");
        }
    }

    @Test
    void prose_types_no_salary_outside_a_shortcode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : markdown()) {
            String[] lines = Files.readString(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = LITERAL_FIGURE.matcher(Shortcodes.SHORTCODE.matcher(lines[i]).replaceAll(""));
                if (m.find()) {
                    found.add(file + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void the_literal_figure_check_catches_typed_salaries() {
        assertTrue(LITERAL_FIGURE.matcher("earns $133,080 a year").find());
        assertTrue(LITERAL_FIGURE.matcher("about 150K").find());
        assertTrue(LITERAL_FIGURE.matcher("7,257 postings").find());
        assertTrue(!LITERAL_FIGURE.matcher(Shortcodes.SHORTCODE.matcher("earns {{median:backend-developer}} for 3 years")
                .replaceAll("")).find());
    }

    @Test
    void no_run_of_eight_words_is_copied_from_a_seed_article() throws IOException {
        Set<String> seedRuns = new HashSet<>(Files.readAllLines(SEED_FINGERPRINTS));
        assertTrue(seedRuns.size() > 1_000, "the fingerprints file is filled in");
        List<String> copied = new ArrayList<>();
        for (Path file : markdown()) {
            for (String run : runs(Files.readString(file))) {
                if (seedRuns.contains(fingerprint(run))) {
                    copied.add(file + ": " + run);
                }
            }
        }
        assertEquals(List.of(), copied);
    }

    @Test
    void the_copy_check_recognises_a_sentence_taken_from_a_seed() throws IOException {
        Set<String> seedRuns = new HashSet<>(Files.readAllLines(SEED_FINGERPRINTS));
        // Eight words of seed 002's opening, quoted here only to prove the check can fail.
        String copied = "the role that builds the product; DevOps Engineer is the role";
        assertTrue(runs(copied).stream().map(ContentTest::fingerprint).anyMatch(seedRuns::contains));
    }

    /** Runs of eight words with at least six plain words, punctuation dropped, as src/test/scripts/seed-fingerprints.py makes them. */
    private static Set<String> runs(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[a-z0-9$%']+").matcher(text.toLowerCase());
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + 8 <= words.size(); i++) {
            List<String> run = words.subList(i, i + 8);
            if (run.stream().filter(w -> w.chars().allMatch(Character::isLetter)).count() >= 6) {
                runs.add(String.join(" ", run));
            }
        }
        return runs;
    }

    private static String fingerprint(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> articleFiles() throws IOException {
        try (Stream<Path> files = Files.list(CONTENT.resolve("articles"))) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .toList();
        }
    }

    private static List<Path> markdown() throws IOException {
        try (Stream<Path> files = Files.walk(CONTENT)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }
}
