package com.salaryatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salaryatlas.Fixtures;
import com.salaryatlas.dataset.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

    @TempDir
    Path dir;

    /** Copies the fixture, replaces one exact piece of text in one file, and returns the loader's complaint. */
    private String errorAfter(String file, String from, String to) throws IOException {
        for (Path p : Files.list(Fixtures.FIXTURE_DATA).toList()) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        Path target = dir.resolve(file);
        String text = Files.readString(target);
        if (!text.contains(from)) {
            throw new AssertionError(file + " has no '" + from + "'");
        }
        Files.writeString(target, text.replace(from, to));
        return assertThrows(DatasetException.class, () -> new DatasetReader(dir).read()).getMessage();
    }

    @Test
    void unknown_source_id_names_the_file_and_line() throws IOException {
        assertEquals("role_figures.csv:3: unknown source 'postingz'",
                errorAfter("role_figures.csv", "reference,postings,median", "reference,postingz,median"));
    }

    @Test
    void missing_column_is_reported() throws IOException {
        assertEquals("roles.csv:1: missing column 'summary'",
                errorAfter("roles.csv", "slug,title,soc,summary", "slug,title,soc,blurb"));
    }

    @Test
    void percentiles_out_of_order_are_refused() throws IOException {
        assertEquals("role_figures.csv:2: percentiles out of order: [80000, 100000, 130000, 120000, 210000]",
                errorAfter("role_figures.csv", "130000,170000,210000", "130000,120000,210000"));
    }

    @Test
    void duplicate_slug_is_refused() throws IOException {
        assertEquals("roles.csv: duplicate 'ranged'",
                errorAfter("roles.csv", "median-only,Median Role", "ranged,Median Role"));
    }

    @Test
    void a_word_where_a_number_belongs_is_refused() throws IOException {
        assertEquals("locations.csv:3: 'value' is 'lots', not a whole number",
                errorAfter("locations.csv", "CA,169000,median", "CA,lots,median"));
    }

    @Test
    void a_role_without_a_primary_figure_is_refused() throws IOException {
        assertEquals("role_figures.csv: role 'ranged' has 0 primary rows; it needs exactly one",
                errorAfter("role_figures.csv", "120000,180000,,yes,Only figure", "120000,180000,,,Only figure"));
    }
}
