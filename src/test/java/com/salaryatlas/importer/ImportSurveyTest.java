package com.salaryatlas.importer;

import static com.salaryatlas.importer.SurveyFixtures.file;
import static com.salaryatlas.importer.SurveyFixtures.importInto;
import static com.salaryatlas.importer.SurveyFixtures.row2023;
import static com.salaryatlas.importer.SurveyFixtures.row2024;
import static com.salaryatlas.importer.SurveyFixtures.row2025;
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

/** The import-survey command: its files, its output file and how it refuses bad input. */
class ImportSurveyTest {

    /** Excerpts of the shared survey files, unchanged (their README says which rows, and their licence). */
    private static final Path EXCERPTS = Path.of("src/test/resources/so-survey");

    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void createContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(content.resolve("data"));
        Files.copy(Path.of("content/data", SurveyRanks.POPULATIONS), content.resolve("data").resolve(SurveyRanks.POPULATIONS));
    }

    private Path[] excerpts() {
        return new Path[] {EXCERPTS.resolve("so_2023_us_usd.csv"), EXCERPTS.resolve("so_2024_us_comp.csv"),
            EXCERPTS.resolve("so_2025_us_comp.csv")};
    }

    @Test
    void importing_the_excerpts_gives_the_expected_file_byte_for_byte() throws IOException {
        importInto(content, excerpts()).succeeded();

        assertArrayEquals(Files.readAllBytes(EXCERPTS.resolve("expected_survey_pay.csv")),
                Files.readAllBytes(content.resolve("data/survey_pay.csv")),
                "survey_pay.csv differs from expected_survey_pay.csv: if the change is meant, regenerate it");
    }

    @Test
    void importing_the_excerpts_gives_the_expected_ranks_file_byte_for_byte() throws IOException {
        importInto(content, excerpts()).succeeded();

        assertArrayEquals(Files.readAllBytes(EXCERPTS.resolve("expected_survey_ranks.csv")),
                Files.readAllBytes(content.resolve("data/survey_ranks.csv")),
                "survey_ranks.csv differs from expected_survey_ranks.csv: if the change is meant, regenerate it");
    }

    @Test
    void without_the_populations_map_nothing_is_written() throws IOException {
        Files.delete(content.resolve("data").resolve(SurveyRanks.POPULATIONS));

        Path[] files = excerpts();
        int exit = Importer.run(List.of("import-survey", "--content", content.toString(), files[0].toString(),
                files[1].toString(), files[2].toString()));

        assertEquals(ImportCommand.BAD_INPUT, exit);
        assertFalse(Files.exists(content.resolve("data/survey_pay.csv")));
    }

    @Test
    void the_files_given_in_another_order_give_the_same_bytes() throws IOException {
        Path[] files = excerpts();
        importInto(content, files).succeeded();
        byte[] first = Files.readAllBytes(content.resolve("data/survey_pay.csv"));

        importInto(content, files[2], files[0], files[1]).succeeded();

        assertArrayEquals(first, Files.readAllBytes(content.resolve("data/survey_pay.csv")));
    }

    @Test
    void the_output_has_exactly_the_issue_columns_and_unix_line_ends() throws IOException {
        importInto(content, excerpts()).succeeded();
        String text = Files.readString(content.resolve("data/survey_pay.csv"), StandardCharsets.UTF_8);

        assertTrue(text.startsWith("survey_year,grouping,group,years_from,years_to,n,p25,median,p75\n"), text);
        assertFalse(text.contains("\r"));
    }

    @Test
    void the_output_carries_no_respondent_column() throws IOException {
        importInto(content, excerpts()).succeeded();
        String header = Files.readString(content.resolve("data/survey_pay.csv")).lines().findFirst().orElseThrow();

        assertFalse(header.contains("ResponseId"));
        assertFalse(header.contains("source_row"));
        assertFalse(header.contains("ConvertedCompYearly"));
    }

    @Test
    void each_file_is_reported_with_its_rows_and_those_counted() {
        Run run = importInto(content, excerpts()).succeeded();

        assertTrue(run.out().contains("so_2024_us_comp.csv: 2024 survey, 51 rows, 38 counted"), run.out());
    }

    @Test
    void a_pay_that_is_not_a_number_stops_the_import_at_its_file_and_line_and_writes_nothing() throws IOException {
        Files.createDirectories(content.resolve("data"));
        Files.writeString(content.resolve("data/survey_pay.csv"), "before\n");
        Path broken = file(dir, "so_2024_us_comp.csv", List.of(row2024(), row2024("ConvertedCompYearly", "lots")));

        Run run = importInto(content, file(dir, "so_2023_us_usd.csv", List.of(row2023())), broken,
                file(dir, "so_2025_us_comp.csv", List.of(row2025())));

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(broken + ":3: ConvertedCompYearly is not a number: 'lots'"), run.err());
        assertTrue(run.err().contains("nothing written"), run.err());
        assertEquals("before\n", Files.readString(content.resolve("data/survey_pay.csv")));
    }

    @Test
    void a_row_with_fewer_fields_than_the_header_stops_the_import_at_its_line() throws IOException {
        Path broken = dir.resolve("so_2025_us_comp.csv");
        Files.writeString(broken, String.join(",", SurveyFixtures.HEADER_2025) + "\r\n1,United States of America\r\n");

        Run run = importInto(content, file(dir, "so_2023_us_usd.csv", List.of(row2023())),
                file(dir, "so_2024_us_comp.csv", List.of(row2024())), broken);

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(broken + ":2: has 2 fields where the header has 7"), run.err());
        assertFalse(Files.exists(content.resolve("data/survey_pay.csv")));
    }

    @Test
    void a_years_answer_that_is_not_a_number_stops_the_import_even_on_a_row_that_would_not_count() throws IOException {
        Path broken = file(dir, "so_2024_us_comp.csv", List.of(row2024("MainBranch", "I am learning to code",
                "YearsCodePro", "many")));

        Run run = importInto(content, file(dir, "so_2023_us_usd.csv", List.of(row2023())), broken,
                file(dir, "so_2025_us_comp.csv", List.of(row2025())));

        assertTrue(run.err().contains(broken + ":2: YearsCodePro is not a number: 'many'"), run.err());
    }

    @Test
    void a_file_without_a_needed_column_is_refused_at_its_header() throws IOException {
        Path schema = dir.resolve("so_2025_survey_results_schema.csv");
        Files.writeString(schema, "qname,question\r\nYearsCode,How many years\r\n");

        Run run = importInto(content, file(dir, "so_2023_us_usd.csv", List.of(row2023())),
                file(dir, "so_2024_us_comp.csv", List.of(row2024())), schema);

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(schema + ":1: missing column ConvertedCompYearly"), run.err());
    }

    @Test
    void a_respondent_outside_the_united_states_means_the_wrong_file() throws IOException {
        Path world = file(dir, "so_2025_us_comp.csv", List.of(row2025("Country", "Canada")));

        Run run = importInto(content, file(dir, "so_2023_us_usd.csv", List.of(row2023())),
                file(dir, "so_2024_us_comp.csv", List.of(row2024())), world);

        assertTrue(run.err().contains(world + ":2: Country is 'Canada'"), run.err());
    }

    @Test
    void two_files_of_one_year_are_refused_so_no_respondent_counts_twice() throws IOException {
        Path y2024 = file(dir, "so_2024_us_comp.csv", List.of(row2024()));
        Path again = Files.copy(y2024, dir.resolve("copy_of_so_2024.csv"));

        Run run = importInto(content, file(dir, "so_2023_us_usd.csv", List.of(row2023())), y2024, again,
                file(dir, "so_2025_us_comp.csv", List.of(row2025())));

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(again + ": holds the 2024 survey, as does " + y2024), run.err());
    }

    @Test
    void a_missing_year_is_refused_because_the_file_is_rewritten_whole() throws IOException {
        Run run = importInto(content, file(dir, "so_2023_us_usd.csv", List.of(row2023())),
                file(dir, "so_2024_us_comp.csv", List.of(row2024())));

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("no file for the 2025 survey"), run.err());
    }

    @Test
    void a_file_whose_name_has_no_year_is_refused() throws IOException {
        Path unnamed = Files.copy(file(dir, "so_2024_us_comp.csv", List.of(row2024())), dir.resolve("survey.csv"));

        Run run = importInto(content, unnamed);

        assertTrue(run.err().contains(unnamed + ":1: cannot tell the survey year"), run.err());
    }

    @Test
    void a_year_without_rules_is_refused_rather_than_guessed() throws IOException {
        Path later = Files.copy(file(dir, "so_2025_us_comp.csv", List.of(row2025())), dir.resolve("so_2026_us.csv"));

        Run run = importInto(content, later);

        assertTrue(run.err().contains("no rules for the 2026 survey"), run.err());
    }

    @Test
    void without_content_the_command_prints_its_usage_and_exits_with_two() {
        Run run = importInto(dir.resolve("nowhere"), excerpts());

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("usage: import-survey"), run.err());
    }

    @Test
    void the_importer_jar_dispatches_import_survey() {
        Path[] files = excerpts();

        int exit = Importer.run(List.of("import-survey", "--content", content.toString(), files[0].toString(),
                files[1].toString(), files[2].toString()));

        assertEquals(ImportCommand.OK, exit);
        assertTrue(Files.exists(content.resolve("data/survey_pay.csv")));
    }

    @Test
    void each_survey_source_row_states_as_sample_size_the_respondents_the_file_counts() throws IOException {
        List<Map<String, String>> pay = OewsFixtures.output(Path.of("content"), "survey_pay.csv");
        List<Map<String, String>> sources = OewsFixtures.output(Path.of("content"), "sources.csv");

        for (String year : List.of("2023", "2024", "2025")) {
            String kept = pay.stream().filter(r -> r.get("survey_year").equals(year) && r.get("grouping").equals("all")
                    && r.get("years_from").isEmpty()).findFirst().orElseThrow().get("n");
            String stated = sources.stream().filter(r -> r.get("id").equals("so-survey-" + year)).findFirst()
                    .orElseThrow(() -> new AssertionError("sources.csv has no so-survey-" + year)).get("sample_size");
            assertEquals(kept, stated.replace(",", ""), "so-survey-" + year);
        }
    }
}
