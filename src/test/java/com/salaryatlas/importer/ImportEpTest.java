package com.salaryatlas.importer;

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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import-ep command: BLS's occupational projections (table 1.2 as shipped, in src/test/resources/projections)
 * cut to the site's occupations, its output file and how it refuses bad input.
 */
class ImportEpTest {

    static final Path TABLE = Path.of("src/test/resources/projections/table1.2_occupational_projections_2024-34.csv");
    static final Path CONTENT_DATA = Path.of("content/data");
    static final Path FIXTURE_DATA = Path.of("src/test/resources/fixture-content/data");

    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void createContentWithTheSitesRoles() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("data"));
        Files.copy(CONTENT_DATA.resolve("roles.csv"), content.resolve("data/roles.csv"));
    }

    private Run importInto(Path... files) {
        return PriceFixtures.importInto(ImportEp::run, content, files);
    }

    private List<Map<String, String>> imported(Path file) throws IOException {
        importInto(file).succeeded();
        return OewsFixtures.output(content, EpFile.OUTPUT);
    }

    private Path written() {
        return content.resolve("data").resolve(EpFile.OUTPUT);
    }

    private static Set<String> socsOf(Path roles) throws IOException {
        return OewsFixtures.output(roles.getParent().getParent(), roles.getFileName().toString()).stream()
                .map(r -> r.get("soc")).collect(Collectors.toSet());
    }

    @Test
    void importing_the_official_file_with_the_sites_roles_reproduces_content_data_byte_for_byte() throws IOException {
        importInto(TABLE).succeeded();

        assertArrayEquals(Files.readAllBytes(CONTENT_DATA.resolve(EpFile.OUTPUT)), Files.readAllBytes(written()),
                "content/data/projections.csv differs from a fresh import: rerun import-ep (README, \"Refreshing the data\")");
    }

    @Test
    void importing_it_with_the_fixtures_roles_reproduces_the_fixtures_projections_byte_for_byte() throws IOException {
        Files.copy(FIXTURE_DATA.resolve("roles.csv"), content.resolve("data/roles.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        importInto(TABLE).succeeded();

        assertArrayEquals(Files.readAllBytes(FIXTURE_DATA.resolve(EpFile.OUTPUT)), Files.readAllBytes(written()),
                "fixture-content/data/projections.csv differs from what import-ep makes of the official file");
    }

    @Test
    void software_developers_employment_is_bls_s_1693_8_thousand_in_2024() throws IOException {
        assertEquals("1693.8", row(imported(TABLE), "soc", "15-1252").get("employment_from"));
    }

    @Test
    void software_developers_employment_is_bls_s_1961_4_thousand_projected_for_2034() throws IOException {
        assertEquals("1961.4", row(imported(TABLE), "soc", "15-1252").get("employment_to"));
    }

    @Test
    void the_change_is_bls_s_own_267_7_not_the_difference_of_the_rounded_ends() throws IOException {
        assertEquals("267.7", row(imported(TABLE), "soc", "15-1252").get("change"));
    }

    @Test
    void software_developers_grow_15_8_percent_with_115_2_thousand_openings_a_year() throws IOException {
        Map<String, String> developers = row(imported(TABLE), "soc", "15-1252");

        assertEquals("15.8", developers.get("change_pct"));
        assertEquals("115.2", developers.get("openings"));
    }

    @Test
    void a_shrinking_occupation_keeps_its_minus_sign() throws IOException {
        assertEquals("-3.7", row(imported(TABLE), "soc", "15-1232").get("change_pct"));
    }

    @Test
    void the_typical_entry_level_education_is_bls_s_words() throws IOException {
        assertEquals("Master's degree", row(imported(TABLE), "soc", "15-2041").get("education"));
    }

    @Test
    void a_self_employed_share_bls_marks_with_a_dash_is_left_empty() throws IOException {
        assertEquals("", row(imported(TABLE), "soc", "15-2031").get("self_employed_pct"));
    }

    @Test
    void the_all_occupations_total_is_kept_without_entry_requirements() throws IOException {
        Map<String, String> all = row(imported(TABLE), "soc", "00-0000");

        assertEquals("169956.1", all.get("employment_from"));
        assertEquals("", all.get("education"));
    }

    @Test
    void there_is_one_row_for_each_soc_code_in_roles_csv_and_one_for_all_occupations() throws IOException {
        List<Map<String, String>> rows = imported(TABLE);

        assertEquals(socsOf(content.resolve("data/roles.csv")).size() + 1, rows.size());
    }

    @Test
    void every_row_cites_the_release_named_by_its_decade() throws IOException {
        assertTrue(imported(TABLE).stream().allMatch(r -> r.get("source").equals("bls-ep-occupations-2024-34")));
    }

    @Test
    void every_row_names_the_decade_from_the_column_names() throws IOException {
        assertTrue(imported(TABLE).stream().allMatch(r -> r.get("year_from").equals("2024")
                && r.get("year_to").equals("2034")));
    }

    @Test
    void the_output_has_its_columns_and_unix_line_ends() throws IOException {
        importInto(TABLE).succeeded();
        String text = Files.readString(written(), StandardCharsets.UTF_8);

        assertTrue(text.startsWith("source,soc,title,year_from,year_to,employment_from,employment_to,change,"
                + "change_pct,self_employed_pct,openings,education,work_experience,training\n"), text);
        assertFalse(text.contains("\r"));
    }

    @Test
    void the_run_reports_what_the_file_held() throws IOException {
        Run run = importInto(TABLE).succeeded();
        int socs = socsOf(content.resolve("data/roles.csv")).size();

        assertTrue(run.out().contains("1113 rows, 2024-2034, kept " + (socs + 1) + " (all occupations and " + socs
                + " of the site's " + socs + " occupations; source bls-ep-occupations-2024-34)"), run.out());
    }

    @Test
    void a_role_whose_code_the_table_lacks_is_reported_and_gets_no_row() throws IOException {
        Files.writeString(content.resolve("data/roles.csv"), "slug,title,soc\nastronaut,Astronaut,99-9999\n"
                + "software-developer,Software Developer,15-1252\n");

        Run run = importInto(TABLE).succeeded();

        assertTrue(run.out().contains("not in the table: 99-9999"), run.out());
        assertEquals(2, OewsFixtures.output(content, EpFile.OUTPUT).size());
    }

    @Test
    void a_figure_that_is_not_a_number_stops_the_import_at_its_file_and_line_and_writes_nothing() throws IOException {
        Files.writeString(written(), "before\n");
        Path broken = changed(dir, TABLE, "Software developers,15-1252,Line item,1693.8,",
                "Software developers,15-1252,Line item,lots,");

        Run run = importInto(broken);

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(broken + ":109: 'Employment, 2024' is 'lots', not a number"), run.err());
        assertTrue(run.err().contains("import-ep: nothing written"), run.err());
        assertEquals("before\n", Files.readString(written()));
    }

    @Test
    void a_broken_row_of_an_occupation_the_site_does_not_keep_still_stops_the_import() throws IOException {
        Path broken = changed(dir, TABLE, "Wellhead pumpers,53-7073,Line item,18.8,",
                "Wellhead pumpers,53-7073,Line item,18.8.8,");

        Run run = importInto(broken);

        assertTrue(run.err().contains(":1111: 'Employment, 2024' is '18.8.8', not a number"), run.err());
        assertFalse(Files.exists(written()));
    }

    @Test
    void a_row_cut_short_stops_the_import_at_its_line() throws IOException {
        Path broken = changed(dir, TABLE, "1693.8,1961.4,1,1.1,267.7,15.8,1.6,115.2,133080,Bachelor's degree,None,None,OOH Content",
                "1693.8,1961.4");

        Run run = importInto(broken);

        assertTrue(run.err().contains(broken + ":109: has 5 fields where the header has 16"), run.err());
        assertFalse(Files.exists(written()));
    }

    @Test
    void a_code_that_is_not_an_occupation_code_is_refused_at_its_line() throws IOException {
        Path broken = changed(dir, TABLE, "Software developers,15-1252,", "Software developers,151252,");

        Run run = importInto(broken);

        assertTrue(run.err().contains(broken + ":109: the code is '151252', not an occupation code like 15-1252"),
                run.err());
    }

    @Test
    void a_file_without_a_needed_column_is_refused_at_its_header() throws IOException {
        Path renamed = changed(dir, TABLE, "Occupational openings, 2024–34 annual average", "Openings");

        Run run = importInto(renamed);

        assertTrue(run.err().contains(renamed + ":1: missing column 'Occupational openings, YYYY–YY annual average'"),
                run.err());
    }

    @Test
    void a_change_column_of_another_decade_is_refused_rather_than_mixed_in() throws IOException {
        Path mixed = changed(dir, TABLE, "Employment change, numeric, 2024–34", "Employment change, numeric, 2023–33");

        Run run = importInto(mixed);

        assertTrue(run.err().contains(mixed + ":1: column 'Employment change, numeric, 2023–33' is not for 2024–34"),
                run.err());
    }

    @Test
    void a_table_without_the_all_occupations_total_is_refused() throws IOException {
        Path cut = changed(dir, TABLE, "\"Total, all occupations\",00-0000,", "\"Total, all occupations\",00-0001,");

        Run run = importInto(cut);

        assertTrue(run.err().contains(cut + ":1: no row 00-0000 (total, all occupations)"), run.err());
    }

    @Test
    void without_roles_csv_in_the_content_folder_nothing_is_imported() throws IOException {
        Files.delete(content.resolve("data/roles.csv"));

        Run run = importInto(TABLE);

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("roles.csv: no such file"), run.err());
        assertFalse(Files.exists(written()));
    }

    @Test
    void two_files_are_refused_because_the_output_comes_from_one() {
        Run run = importInto(TABLE, TABLE);

        assertTrue(run.err().contains("import-ep: give exactly one file"), run.err());
    }

    @Test
    void the_importer_jar_dispatches_import_ep() {
        int exit = Importer.run(List.of("import-ep", "--content", content.toString(), TABLE.toString()));

        assertEquals(ImportCommand.OK, exit);
    }
}
