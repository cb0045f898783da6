package com.salaryatlas.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset's OEWS files are exactly what the importer makes of the official BLS files (kept unchanged in
 * src/test/resources/oews-official): nobody typed or edited a figure.
 */
class OfficialFilesTest {

    private static final Path OFFICIAL = Path.of("src/test/resources/oews-official");
    private static final Path CONTENT_DATA = Path.of("content/data");

    @Test
    void importing_the_official_files_reproduces_content_data_byte_for_byte(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("data"));
        List<String> args = new ArrayList<>(List.of("--content", content.toString()));
        try (Stream<Path> files = Files.list(OFFICIAL)) {
            files.map(Path::toString).filter(f -> f.endsWith(".xlsx") || f.endsWith(".csv")).sorted().forEach(args::add);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportOews.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        for (String name : List.of("oews_sources.csv", "oews_national.csv", "oews_states.csv", "oews_industries.csv")) {
            assertArrayEquals(Files.readAllBytes(CONTENT_DATA.resolve(name)), Files.readAllBytes(content.resolve("data").resolve(name)),
                    name + " differs from a fresh import: rerun import-oews (README, \"Refreshing the data\")");
        }
    }
}
