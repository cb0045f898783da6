package com.salaryatlas;

import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.articles.ContentException;
import com.salaryatlas.articles.PrerenderedArticles;
import com.salaryatlas.dataset.DatasetException;
import com.salaryatlas.dataset.DatasetReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step (Maven's process-classes phase, see pom.xml): renders the articles and pages of {@code content} into
 * the file the packed site reads at start ({@link PrerenderedArticles}). A broken article or data file stops the
 * build with the same file:line a start would print, and exit code 2.
 * Usage: {@code PrerenderArticles CONTENT_FOLDER OUTPUT_FILE}
 */
public final class PrerenderArticles {

    private PrerenderArticles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PrerenderArticles CONTENT_FOLDER OUTPUT_FILE");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        Path output = Path.of(args[1]);
        ArticleRepository articles;
        try {
            Services services = Services.of(new DatasetReader(content.resolve("data")).read());
            articles = new ArticleRepository(content, services.dataset(), services.shortcodes());
        } catch (ContentException | DatasetException e) {
            System.err.println("salary-atlas: " + e.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(output.getParent());
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            PrerenderedArticles.write(articles, content, out);
        }
    }
}
