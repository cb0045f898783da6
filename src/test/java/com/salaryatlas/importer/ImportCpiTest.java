package com.salaryatlas.importer;

import static com.salaryatlas.importer.PriceFixtures.CPI;
import static com.salaryatlas.importer.PriceFixtures.CPI_EXCERPT;
import static com.salaryatlas.importer.PriceFixtures.changed;
import static com.salaryatlas.importer.PriceFixtures.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.importer.SurveyFixtures.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import-cpi command: the CPI-U flat file as shipped, its May values and how it refuses bad input. */
class ImportCpiTest {

    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void createContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
    }

    private Run importInto(Path... files) {
        return PriceFixtures.importInto(ImportCpi::run, content, files);
    }

    private List<Map<String, String>> imported(Path file) throws IOException {
        importInto(file).succeeded();
        return OewsFixtures.output(content, CpiFile.OUTPUT);
    }

    private String written() throws IOException {
        return Files.readString(content.resolve("data").resolve(CpiFile.OUTPUT), StandardCharsets.UTF_8);
    }

    @Test
    void importing_the_excerpt_gives_the_expected_file_byte_for_byte() throws IOException {
        importInto(CPI_EXCERPT).succeeded();

        assertArrayEquals(Files.readAllBytes(PriceFixtures.FILES.resolve("expected_cpi_may.csv")),
                Files.readAllBytes(content.resolve("data/cpi_may.csv")),
                "cpi_may.csv differs from expected_cpi_may.csv: if the change is meant, regenerate it");
    }

    @Test
    void importing_the_whole_official_file_reproduces_content_data_byte_for_byte() throws IOException {
        importInto(CPI).succeeded();

        assertArrayEquals(Files.readAllBytes(Path.of("content/data/cpi_may.csv")),
                Files.readAllBytes(content.resolve("data/cpi_may.csv")),
                "content/data/cpi_may.csv differs from a fresh import: rerun import-cpi");
    }

    @Test
    void may_2025_is_321_465() throws IOException {
        List<Map<String, String>> rows = imported(CPI);

        assertEquals("321.465", row(rows, "year", "2025").get("cpi_u"));
    }

    @Test
    void may_2021_is_269_195() throws IOException {
        List<Map<String, String>> rows = imported(CPI);

        assertEquals("269.195", row(rows, "year", "2021").get("cpi_u"));
    }

    @Test
    void only_may_is_kept_not_the_other_months_nor_the_annual_average() throws IOException {
        List<Map<String, String>> rows = imported(CPI_EXCERPT);

        assertEquals(List.of("1913", "2021", "2022", "2023", "2024", "2025"), rows.stream().map(r -> r.get("year")).toList());
    }

    @Test
    void the_whole_file_gives_every_may_from_1913_to_2025() throws IOException {
        List<Map<String, String>> rows = imported(CPI);

        assertEquals(2025 - 1913 + 1, rows.size());
    }

    @Test
    void every_row_cites_the_series_named_by_its_latest_may() throws IOException {
        List<Map<String, String>> rows = imported(CPI_EXCERPT);

        assertTrue(rows.stream().allMatch(r -> r.get("source").equals("bls-cpi-u-2025")));
    }

    @Test
    void the_output_has_its_columns_and_unix_line_ends() throws IOException {
        importInto(CPI_EXCERPT).succeeded();

        assertTrue(written().startsWith("source,year,cpi_u\n"), written());
        assertFalse(written().contains("\r"));
    }

    @Test
    void a_value_that_is_not_a_number_stops_the_import_at_its_file_and_line_and_writes_nothing() throws IOException {
        Files.createDirectories(content.resolve("data"));
        Files.writeString(content.resolve("data/cpi_may.csv"), "before\n");
        Path broken = changed(dir, CPI_EXCERPT, "     314.069", "         n/a");

        Run run = importInto(broken);

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(broken + ":12: value is 'n/a', not a price index"), run.err());
        assertTrue(run.err().contains("import-cpi: nothing written"), run.err());
        assertEquals("before\n", written());
    }

    @Test
    void a_broken_row_that_is_not_may_stops_the_import_too() throws IOException {
        Path broken = changed(dir, CPI_EXCERPT, "     313.548", "            ");

        Run run = importInto(broken);

        assertTrue(run.err().contains(broken + ":11: value is '', not a price index"), run.err());
        assertFalse(Files.exists(content.resolve("data/cpi_may.csv")));
    }

    @Test
    void another_series_is_refused_at_its_line() throws IOException {
        Path seasonal = changed(dir, CPI_EXCERPT, "CUUR0000SA0      \t2024\tM05", "CUSR0000SA0      \t2024\tM05");

        Run run = importInto(seasonal);

        assertTrue(run.err().contains(seasonal + ":12: series_id is 'CUSR0000SA0'"), run.err());
    }

    @Test
    void a_period_that_is_no_month_is_refused_at_its_line() throws IOException {
        Path broken = changed(dir, CPI_EXCERPT, "\t2024\tM13\t", "\t2024\tS01\t");

        Run run = importInto(broken);

        assertTrue(run.err().contains(broken + ":13: period is 'S01'"), run.err());
    }

    @Test
    void a_second_may_for_one_year_is_refused() throws IOException {
        Path twice = changed(dir, CPI_EXCERPT, "\t2024\tM04\t", "\t2024\tM05\t");

        Run run = importInto(twice);

        assertTrue(run.err().contains(twice + ":12: a second May 2024 (the first at " + twice + ":11)"), run.err());
    }

    @Test
    void a_file_without_a_needed_column_is_refused_at_its_header() throws IOException {
        Path renamed = changed(dir, CPI_EXCERPT, "\tperiod\t", "\tmonth\t");

        Run run = importInto(renamed);

        assertTrue(run.err().contains(renamed + ":1: missing column PERIOD"), run.err());
    }

    @Test
    void two_files_are_refused_because_the_output_comes_from_one() {
        Run run = importInto(CPI_EXCERPT, CPI);

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("import-cpi: give exactly one file"), run.err());
    }

    @Test
    void the_importer_jar_dispatches_import_cpi() {
        int exit = Importer.run(List.of("import-cpi", "--content", content.toString(), CPI_EXCERPT.toString()));

        assertEquals(ImportCommand.OK, exit);
    }
}
