package com.salaryatlas.importer;

import static com.salaryatlas.importer.PriceFixtures.RPP;
import static com.salaryatlas.importer.PriceFixtures.RPP_EXCERPT;
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

/** The import-rpp command: BEA's state price parities as shipped, its output file and how it refuses bad input. */
class ImportRppTest {

    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void createContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
    }

    private Run importInto(Path... files) {
        return PriceFixtures.importInto(ImportRpp::run, content, files);
    }

    private List<Map<String, String>> imported(Path file) throws IOException {
        importInto(file).succeeded();
        return OewsFixtures.output(content, RppFile.OUTPUT);
    }

    private String written() throws IOException {
        return Files.readString(content.resolve("data").resolve(RppFile.OUTPUT), StandardCharsets.UTF_8);
    }

    @Test
    void importing_the_excerpt_gives_the_expected_file_byte_for_byte() throws IOException {
        importInto(RPP_EXCERPT).succeeded();

        assertArrayEquals(Files.readAllBytes(PriceFixtures.FILES.resolve("expected_price_parities.csv")),
                Files.readAllBytes(content.resolve("data/price_parities.csv")),
                "price_parities.csv differs from expected_price_parities.csv: if the change is meant, regenerate it");
    }

    @Test
    void importing_the_whole_official_file_reproduces_content_data_byte_for_byte() throws IOException {
        importInto(RPP).succeeded();

        assertArrayEquals(Files.readAllBytes(Path.of("content/data/price_parities.csv")),
                Files.readAllBytes(content.resolve("data/price_parities.csv")),
                "content/data/price_parities.csv differs from a fresh import: rerun import-rpp");
    }

    @Test
    void california_2024_is_bea_s_110_720() throws IOException {
        List<Map<String, String>> rows = imported(RPP);

        assertEquals("110.720", row(rows, "area", "CA", "year", "2024").get("rpp"));
    }

    @Test
    void arkansas_2024_is_bea_s_lowest_86_937() throws IOException {
        List<Map<String, String>> rows = imported(RPP);

        assertEquals("86.937", row(rows, "area", "AR", "year", "2024").get("rpp"));
    }

    @Test
    void the_united_states_row_with_its_blank_region_is_kept_as_us_at_100() throws IOException {
        List<Map<String, String>> rows = imported(RPP_EXCERPT);

        assertEquals("100.000", row(rows, "area", "US", "year", "2024").get("rpp"));
    }

    @Test
    void a_quoted_fips_code_is_read_as_the_state_code_oews_uses() throws IOException {
        List<Map<String, String>> rows = imported(RPP_EXCERPT);

        assertEquals("District of Columbia", row(rows, "area", "DC", "year", "2024").get("area_name"));
    }

    @Test
    void only_line_1_all_items_is_kept_one_row_a_year() throws IOException {
        List<Map<String, String>> rows = imported(RPP_EXCERPT);

        assertEquals(17, rows.stream().filter(r -> r.get("area").equals("CA")).count());
    }

    @Test
    void the_notes_at_the_end_of_the_file_give_no_rows() throws IOException {
        List<Map<String, String>> rows = imported(RPP_EXCERPT);

        assertEquals(6 * 17, rows.size());
    }

    @Test
    void the_whole_file_gives_the_nation_fifty_states_and_dc_for_each_of_17_years() throws IOException {
        List<Map<String, String>> rows = imported(RPP);

        assertEquals(52 * 17, rows.size());
    }

    @Test
    void every_row_cites_the_release_named_by_its_latest_year() throws IOException {
        List<Map<String, String>> rows = imported(RPP_EXCERPT);

        assertTrue(rows.stream().allMatch(r -> r.get("source").equals("bea-rpp-2024")));
    }

    @Test
    void the_output_has_its_columns_and_unix_line_ends() throws IOException {
        importInto(RPP_EXCERPT).succeeded();

        assertTrue(written().startsWith("source,area,area_name,year,rpp\n"), written());
        assertFalse(written().contains("\r"));
    }

    @Test
    void the_run_reports_what_the_file_held() {
        Run run = importInto(RPP).succeeded();

        assertTrue(run.out().contains("52 areas, 2008-2024, 884 all-items figures (source bea-rpp-2024)"), run.out());
    }

    @Test
    void a_figure_bea_marks_as_not_published_gives_no_row() throws IOException {
        List<Map<String, String>> rows = imported(changed(dir, RPP_EXCERPT, "112.195,110.720", "112.195,(NA)"));

        assertFalse(rows.stream().anyMatch(r -> r.get("area").equals("CA") && r.get("year").equals("2024")));
    }

    @Test
    void a_figure_that_is_not_a_number_stops_the_import_at_its_file_and_line_and_writes_nothing() throws IOException {
        Files.createDirectories(content.resolve("data"));
        Files.writeString(content.resolve("data/price_parities.csv"), "before\n");
        Path broken = changed(dir, RPP_EXCERPT, "112.195,110.720", "112.195,lots");

        Run run = importInto(broken);

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(broken + ":4: 2024 is 'lots', not a price index"), run.err());
        assertTrue(run.err().contains("import-rpp: nothing written"), run.err());
        assertEquals("before\n", written());
    }

    @Test
    void a_row_cut_short_stops_the_import_at_its_line() throws IOException {
        Path broken = changed(dir, RPP_EXCERPT, "\"Texas\",6,SARPP,1,", "\"Texas\"\r\n");

        Run run = importInto(broken);

        assertTrue(run.err().contains(broken + ":6: has 2 fields where the header has 25"), run.err());
        assertFalse(Files.exists(content.resolve("data/price_parities.csv")));
    }

    @Test
    void a_metro_area_code_means_the_wrong_file() throws IOException {
        Path metro = changed(dir, RPP_EXCERPT, " \"48000\",\"Texas\",6,SARPP,1,", " \"12420\",\"Austin\",6,SARPP,1,");

        Run run = importInto(metro);

        assertTrue(run.err().contains(metro + ":6: GeoFIPS 12420 is not the nation, a state, DC or a territory"),
                run.err());
    }

    @Test
    void a_line_1_that_is_not_all_items_is_refused_rather_than_taken_for_pay() throws IOException {
        Path renumbered = changed(dir, RPP_EXCERPT, "\"California\",8,SARPP,1,\"...\",\"RPPs: All items \"",
                "\"California\",8,SARPP,1,\"...\",\" RPPs: Goods \"");

        Run run = importInto(renumbered);

        assertTrue(run.err().contains(renumbered + ":4: LineCode 1 is 'RPPs: Goods', not all items"), run.err());
    }

    @Test
    void a_line_code_that_is_not_a_number_is_refused_at_its_line() throws IOException {
        Path broken = changed(dir, RPP_EXCERPT, "\"Washington\",8,SARPP,1,", "\"Washington\",8,SARPP,one,");

        Run run = importInto(broken);

        assertTrue(run.err().contains(broken + ":7: LineCode is 'one', not a line number"), run.err());
    }

    @Test
    void a_file_without_a_needed_column_is_refused_at_its_header() throws IOException {
        Path renamed = changed(dir, RPP_EXCERPT, "GeoFIPS,", "FIPS,");

        Run run = importInto(renamed);

        assertTrue(run.err().contains(renamed + ":1: missing column GEOFIPS"), run.err());
    }

    @Test
    void two_files_are_refused_because_the_output_comes_from_one() {
        Run run = importInto(RPP_EXCERPT, RPP);

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("import-rpp: give exactly one file"), run.err());
    }

    @Test
    void a_missing_file_is_refused_by_its_name() {
        Path missing = dir.resolve("SARPP_STATE_2008_2025.csv");

        Run run = importInto(missing);

        assertTrue(run.err().contains(missing + ": no such file"), run.err());
    }

    @Test
    void without_content_the_command_prints_its_usage_and_exits_with_two() {
        Run run = PriceFixtures.importInto(ImportRpp::run, dir.resolve("nowhere"), RPP_EXCERPT);

        assertEquals(ImportCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("usage: import-rpp"), run.err());
    }

    @Test
    void the_importer_jar_dispatches_import_rpp() {
        int exit = Importer.run(List.of("import-rpp", "--content", content.toString(), RPP_EXCERPT.toString()));

        assertEquals(ImportCommand.OK, exit);
    }

    @Test
    void every_state_code_in_content_names_the_state_oews_states_gives_that_code() throws IOException {
        Map<String, String> oewsNames = new java.util.HashMap<>();
        OewsFixtures.output(Path.of("content"), "oews_states.csv").forEach(r -> oewsNames.put(r.get("area"), r.get("area_name")));

        for (Map<String, String> parity : OewsFixtures.output(Path.of("content"), "price_parities.csv")) {
            if (!parity.get("area").equals("US")) {
                assertEquals(oewsNames.get(parity.get("area")), parity.get("area_name"), parity.toString());
            }
        }
    }
}
