package com.salaryatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    /** Commons CSV's reading, the one the site used before and the importers write with. */
    private static List<List<String>> commons(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        return records;
    }

    private static List<Path> contentFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content/data"))) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void every_file_in_content_data_reads_as_commons_csv_reads_it() throws IOException {
        List<Path> files = contentFiles();
        assertTrue(files.size() > 10, "the dataset's files are there: " + files);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(commons(text), CsvText.records(file.toString(), text), file.toString());
        }
    }

    @Test
    void quoted_cells_keep_their_commas_doubled_quotes_and_line_breaks() throws IOException {
        String text = "a,b,c\r\n\"1,000\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n";
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1,000", "say \"hi\"", "two\nlines")),
                CsvText.records("t.csv", text));
    }

    @Test
    void quoted_cells_read_as_commons_csv_reads_them() throws IOException {
        String text = "a,b,c\r\n\"1,000\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n";
        assertEquals(commons(text), CsvText.records("t.csv", text));
    }

    @Test
    void empty_lines_are_skipped_and_an_empty_last_cell_is_kept() throws IOException {
        String text = "a,b\n\n1,\n\r\n2,x";
        assertEquals(commons(text), CsvText.records("t.csv", text));
    }

    @Test
    void an_empty_last_cell_is_a_cell() {
        assertEquals(List.of("1", ""), CsvText.records("t.csv", "a,b\n1,\n").get(1));
    }

    @Test
    void a_quote_left_open_names_the_file_and_the_line_it_opens_on() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvText.records("t.csv", "a,b\n1,2\n3,\"four\n"));
        assertEquals("t.csv:3: not valid CSV (a quoted cell is not closed)", e.getMessage());
    }

    @Test
    void text_after_a_closing_quote_is_refused() {
        assertThrows(DatasetException.class, () -> CsvText.records("t.csv", "a\n\"x\"y\n"));
    }

    @Test
    void a_quote_inside_an_unquoted_cell_is_text() throws IOException {
        String text = "a,b\n5\" disk,2\n";
        assertEquals(commons(text), CsvText.records("t.csv", text));
    }
}
