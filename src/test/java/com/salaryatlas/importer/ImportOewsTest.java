package com.salaryatlas.importer;

import static com.salaryatlas.importer.OewsFixtures.OFFICIAL_HEADER;
import static com.salaryatlas.importer.OewsFixtures.csv;
import static com.salaryatlas.importer.OewsFixtures.importInto;
import static com.salaryatlas.importer.OewsFixtures.industryRow;
import static com.salaryatlas.importer.OewsFixtures.output;
import static com.salaryatlas.importer.OewsFixtures.row;
import static com.salaryatlas.importer.OewsFixtures.stateRow;
import static com.salaryatlas.importer.OewsFixtures.xlsx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.importer.OewsFixtures.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportOewsTest {

    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void createContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
    }

    private Map<String, String> onlyNationalRow(Path file) throws IOException {
        importInto(content, file).succeeded();
        List<Map<String, String>> rows = output(content, "oews_national.csv");
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    @Test
    void a_national_row_is_written_with_canonical_numbers_and_its_source() throws IOException {
        Map<String, String> row = onlyNationalRow(xlsx(dir, "national_M2024_dl.xlsx", List.of(row())));

        assertEquals("bls-oews-national-2024", row.get("source"));
        assertEquals("US", row.get("area"));
        assertEquals("national", row.get("area_type"));
        assertEquals("000000", row.get("industry"));
        assertEquals("Cross-industry", row.get("industry_name"));
        assertEquals("cross-industry", row.get("industry_level"));
        assertEquals("15-1252", row.get("soc"));
        assertEquals("1654440", row.get("employment"));
        assertEquals("144570", row.get("mean"));
        assertEquals("133080", row.get("median"));
        assertEquals("69.5", row.get("h_mean"));
        assertEquals("101.66", row.get("h_p90"));
        String sources = Files.readString(content.resolve("data/oews_sources.csv"));
        assertTrue(sources.startsWith("id,publisher,title,url,reference_period,published,sample_size,measures,file\n"
                + "bls-oews-national-2024,U.S. Bureau of Labor Statistics,\"Occupational Employment and Wage Statistics "
                + "(OEWS), May 2024: national, cross-industry\",https://www.bls.gov/oes/2024/may/oes_nat.htm,May 2024,,,\""),
                sources);
        assertTrue(sources.endsWith("\",national_M2024_dl.xlsx\n"), sources);
    }

    @Test
    void the_2021_2024_and_2025_header_rows_give_the_same_columns() throws IOException {
        Path y2021 = xlsx(dir, "national_M2021_dl.xlsx", List.of(row()));
        Path y2024 = xlsx(dir, "national_M2024_dl.xlsx", List.of(row()));
        Path y2025 = xlsx(dir, "national_M2025_dl.xlsx", List.of(row()));

        importInto(content, y2021, y2024, y2025).succeeded();

        List<Map<String, String>> rows = output(content, "oews_national.csv");
        assertEquals(List.of("bls-oews-national-2021", "bls-oews-national-2024", "bls-oews-national-2025"),
                rows.stream().map(r -> r.get("source")).toList());
        rows.forEach(r -> assertEquals("133080", r.get("median")));
    }

    @Test
    void columns_are_found_by_name_whatever_their_case_order_or_absence() throws IOException {
        // Lower case, a different order, and no optional columns (PRSE, jobs per 1000, PCT_RPT, ANNUAL, HOURLY …).
        List<String> header = List.of("occ_title", "occ_code", "o_group", "a_median", "a_mean", "tot_emp",
                "h_mean", "h_median", "a_pct10", "a_pct25", "a_pct75", "a_pct90",
                "h_pct10", "h_pct25", "h_pct75", "h_pct90");

        Map<String, String> row = onlyNationalRow(xlsx(dir, "national_M2025_dl.xlsx", header, List.of(row())));

        assertEquals("Software Developers", row.get("title"));
        assertEquals("133080", row.get("median"));
        assertEquals("144570", row.get("mean"));
        assertEquals("63.98", row.get("h_median"));
        assertEquals("U.S.", row.get("area_name"));
        assertEquals("", row.get("emp_prse"));
    }

    @Test
    void hash_marker_is_stored_as_a_lower_bound() throws IOException {
        Path y2021 = xlsx(dir, "national_M2021_dl.xlsx", List.of(row("A_PCT90", "#", "H_PCT90", "#")));
        Path y2024 = xlsx(dir, "national_M2024_dl.xlsx", List.of(row("A_PCT75", "#", "H_PCT75", "#")));

        importInto(content, y2021, y2024).succeeded();

        List<Map<String, String>> rows = output(content, "oews_national.csv");
        assertEquals("208000+", rows.get(0).get("p90"));
        assertEquals("100+", rows.get(0).get("h_p90"));
        assertEquals("239200+", rows.get(1).get("p75"));
        assertEquals("115+", rows.get(1).get("h_p75"));
    }

    @Test
    void hash_marker_in_a_year_without_a_known_top_of_range_is_refused() throws IOException {
        Path y2025 = xlsx(dir, "national_M2025_dl.xlsx", List.of(row(), row("OCC_CODE", "15-2051", "A_PCT90", "#")));

        Run run = importInto(content, y2025);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("national_M2025_dl.xlsx:national_M2025_dl:3: A_PCT90 is '#'"), run.err());
    }

    @Test
    void star_marks_an_unpublished_wage_as_an_empty_cell_never_zero() throws IOException {
        Map<String, String> row = onlyNationalRow(xlsx(dir, "national_M2024_dl.xlsx",
                List.of(row("A_MEAN", "*", "A_MEDIAN", "*", "H_MEDIAN", "*", "MEAN_PRSE", "*"))));

        assertEquals("", row.get("mean"));
        assertEquals("", row.get("median"));
        assertEquals("", row.get("h_median"));
        assertEquals("", row.get("mean_prse"));
        assertEquals("79850", row.get("p10"));
    }

    @Test
    void double_star_marks_unpublished_employment_as_an_empty_cell() throws IOException {
        csv(dir, "state_M2024_dl.csv", List.of(stateRow("AK", "Alaska", "2",
                "TOT_EMP", "**", "EMP_PRSE", "**", "JOBS_1000", "**", "LOC_QUOTIENT", "**")));

        importInto(content, dir.resolve("state_M2024_dl.csv")).succeeded();

        Map<String, String> row = output(content, "oews_states.csv").get(0);
        assertEquals("", row.get("employment"));
        assertEquals("", row.get("emp_prse"));
        assertEquals("", row.get("jobs_per_1000"));
        assertEquals("", row.get("location_quotient"));
        assertEquals("133080", row.get("median"));
    }

    @Test
    void tilde_in_pct_rpt_becomes_a_note() throws IOException {
        Path nat4d = csv(dir, "nat4d_M2024_dl.csv", List.of(
                industryRow("999100", "Federal Executive Branch (OEWS Designation)", "4-digit", "PCT_RPT", "~"),
                industryRow("541500", "Computer Systems Design and Related Services", "4-digit")));

        importInto(content, nat4d).succeeded();

        List<Map<String, String>> rows = output(content, "oews_industries.csv");
        assertEquals("", rows.get(0).get("notes"));
        assertEquals("541500", rows.get(0).get("industry"));
        assertEquals("fewer than 0.5% of establishments reported this occupation", rows.get(1).get("notes"));
    }

    @Test
    void annual_and_hourly_true_say_which_wages_alone_are_published() throws IOException {
        Path file = xlsx(dir, "national_M2024_dl.xlsx", List.of(
                row("OCC_CODE", "15-2041", "ANNUAL", "TRUE", "H_MEAN", "*", "H_MEDIAN", "*"),
                row("OCC_CODE", "15-2051", "HOURLY", "TRUE")));

        importInto(content, file).succeeded();

        List<Map<String, String>> rows = output(content, "oews_national.csv");
        assertEquals(List.of("yes", ""), List.of(rows.get(0).get("annual_only"), rows.get(0).get("hourly_only")));
        assertEquals("", rows.get(0).get("h_median"));
        assertEquals(List.of("", "yes"), List.of(rows.get(1).get("annual_only"), rows.get(1).get("hourly_only")));
    }

    @Test
    void only_the_site_occupations_and_cross_industry_all_ownership_rows_are_kept() throws IOException {
        Path file = xlsx(dir, "national_M2024_dl.xlsx", List.of(
                row("OCC_CODE", "00-0000", "O_GROUP", "total"),
                row("OCC_CODE", "15-1200", "O_GROUP", "minor"),
                row("OCC_CODE", "15-1210", "O_GROUP", "broad"),
                row("OCC_CODE", "15-1299"),
                row("OCC_CODE", "13-2011"),
                row("OCC_CODE", "17-2061"),
                row("OCC_CODE", "15-2051", "OWN_CODE", "5"),
                row("OCC_CODE", "15-2031", "NAICS", "541500", "I_GROUP", "4-digit")));

        importInto(content, file).succeeded();

        assertEquals(List.of("00-0000", "15-1299", "17-2061"),
                output(content, "oews_national.csv").stream().map(r -> r.get("soc")).toList());
    }

    @Test
    void an_occupation_listed_at_broad_and_detailed_level_is_kept_once_as_detailed() throws IOException {
        Path file = xlsx(dir, "national_M2024_dl.xlsx", List.of(
                row("O_GROUP", "broad", "TOT_EMP", "1"),
                row("O_GROUP", "detailed", "TOT_EMP", "2"),
                row("O_GROUP", "broad", "TOT_EMP", "3")));

        assertEquals("2", onlyNationalRow(file).get("employment"));
    }

    @Test
    void state_and_territory_rows_are_read_from_csv_and_from_xlsx_alike() throws IOException {
        List<Map<String, String>> rows = List.of(
                stateRow("VI", "Virgin Islands", "3"), stateRow("DC", "District of Columbia", "2"));
        Path fromCsv = csv(dir, "state_M2024_dl.csv", rows);
        Path otherContent = Files.createDirectories(dir.resolve("other"));

        importInto(content, fromCsv).succeeded();
        importInto(otherContent, xlsx(dir, "state_M2024_dl.xlsx", rows)).succeeded();

        List<Map<String, String>> written = output(content, "oews_states.csv");
        assertEquals(List.of("DC", "VI"), written.stream().map(r -> r.get("area")).toList());
        assertEquals(List.of("state", "territory"), written.stream().map(r -> r.get("area_type")).toList());
        assertEquals("bls-oews-states-2024", written.get(0).get("source"));
        assertEquals(Files.readString(content.resolve("data/oews_states.csv")),
                Files.readString(otherContent.resolve("data/oews_states.csv")));
    }

    @Test
    void industry_and_sector_files_share_one_output_sorted_by_source_then_industry() throws IOException {
        Path sectors = csv(dir, "natsector_M2024_dl.csv", List.of(
                industryRow("99", "Federal, State, and Local Government", "sector", "OWN_CODE", "123"),
                industryRow("51", "Information", "sector")));
        Path industries = xlsx(dir, "nat4d_M2024_dl.xlsx", List.of(
                industryRow("541500", "Computer Systems Design and Related Services", "4-digit", "OCC_CODE", "11-3021"),
                industryRow("513200", "Software Publishers", "4-digit")));

        importInto(content, sectors, industries).succeeded();

        List<String> keys = output(content, "oews_industries.csv").stream()
                .map(r -> r.get("source") + " " + r.get("industry") + " " + r.get("industry_level") + " " + r.get("soc"))
                .toList();
        assertEquals(List.of(
                "bls-oews-industries-2024 513200 4-digit 15-1252",
                "bls-oews-industries-2024 541500 4-digit 11-3021",
                "bls-oews-sectors-2024 51 sector 15-1252",
                "bls-oews-sectors-2024 99 sector 15-1252"), keys);
        assertTrue(Files.readString(content.resolve("data/oews_sources.csv"))
                .contains(",https://www.bls.gov/oes/2024/may/oessrci.htm,"));
    }

    @Test
    void two_runs_on_the_same_files_give_identical_bytes_whatever_their_order() throws IOException {
        Path national = xlsx(dir, "national_M2024_dl.xlsx",
                List.of(row("OCC_CODE", "15-2051"), row("OCC_CODE", "11-3021", "A_PCT90", "#", "H_PCT90", "#")));
        Path states = csv(dir, "state_M2024_dl.csv",
                List.of(stateRow("WY", "Wyoming", "2"), stateRow("AL", "Alabama", "2")));
        Path sectors = csv(dir, "natsector_M2024_dl.csv",
                List.of(industryRow("52", "Finance and Insurance", "sector", "PCT_RPT", "~")));
        Path again = Files.createDirectories(dir.resolve("again"));

        importInto(content, national, states, sectors).succeeded();
        importInto(again, sectors, states, national).succeeded();

        for (String file : List.of("oews_sources.csv", "oews_national.csv", "oews_states.csv", "oews_industries.csv")) {
            assertArrayEquals(Files.readAllBytes(content.resolve("data").resolve(file)),
                    Files.readAllBytes(again.resolve("data").resolve(file)), file);
        }
    }

    @Test
    void a_word_in_a_wage_cell_stops_at_file_and_line_and_leaves_content_untouched() throws IOException {
        Path data = Files.createDirectories(content.resolve("data"));
        Files.writeString(data.resolve("oews_national.csv"), "earlier import\n");
        Path good = xlsx(dir, "national_M2024_dl.xlsx", List.of(row()));
        Path bad = csv(dir, "state_M2024_dl.csv", List.of(
                stateRow("AL", "Alabama", "2"), stateRow("AK", "Alaska", "2", "A_MEDIAN", "n/a")));

        Run run = importInto(content, good, bad);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(bad + ":3: A_MEDIAN is not a number or an OEWS marker: 'n/a'"), run.err());
        assertEquals("earlier import\n", Files.readString(data.resolve("oews_national.csv")));
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(List.of("oews_national.csv"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void a_bad_cell_in_a_workbook_is_reported_by_sheet_and_row() throws IOException {
        Path file = xlsx(dir, "national_M2024_dl.xlsx", List.of(row(), row(), row("OCC_CODE", "15-2051", "TOT_EMP", "#")));

        Run run = importInto(content, file);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(file + ":national_M2024_dl:4: TOT_EMP is not a number"), run.err());
        assertTrue(Files.notExists(content.resolve("data")));
    }

    @Test
    void a_missing_column_is_reported_at_the_header() throws IOException {
        List<String> header = new ArrayList<>(OFFICIAL_HEADER);
        header.remove("A_MEDIAN");

        Run run = importInto(content, xlsx(dir, "national_M2024_dl.xlsx", header, List.of(row())));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("national_M2024_dl.xlsx:national_M2024_dl:1: missing column A_MEDIAN"), run.err());
    }

    @Test
    void a_file_of_unknown_kind_is_refused() throws IOException {
        // The all-data file mixes the U.S., states and industries: none of the four kinds.
        Path mixed = csv(dir, "all_data_M_2024.csv", List.of(row(),
                stateRow("AL", "Alabama", "2"), industryRow("51", "Information", "sector")));
        Path text = Files.writeString(dir.resolve("national_M2024_dl.txt"), "AREA\tAREA_TITLE\n");

        Run mixedRun = importInto(content, mixed);
        Run textRun = importInto(content, text);

        assertEquals(2, mixedRun.exitCode());
        assertTrue(mixedRun.err().contains("all_data_M_2024.csv:1: cannot tell what kind of OEWS file this is"),
                mixedRun.err());
        assertEquals(2, textRun.exitCode());
        assertTrue(textRun.err().contains("unknown file kind"), textRun.err());
        assertTrue(Files.notExists(content.resolve("data")));
    }

    @Test
    void the_kind_is_told_from_the_rows_when_the_name_does_not_say_it() throws IOException {
        Path file = csv(dir, "computer_jobs_M2024.csv", List.of(stateRow("PR", "Puerto Rico", "3")));

        importInto(content, file).succeeded();

        assertEquals("PR", output(content, "oews_states.csv").get(0).get("area"));
    }

    @Test
    void a_file_name_that_contradicts_its_rows_is_refused() throws IOException {
        Run run = importInto(content, csv(dir, "national_M2024_dl.csv", List.of(stateRow("AL", "Alabama", "2"))));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("national_M2024_dl.csv:2: AREA_TYPE should be 1 (U.S.) in a national file, not '2'"),
                run.err());
    }

    @Test
    void a_file_whose_year_cannot_be_told_is_refused() throws IOException {
        Run run = importInto(content, xlsx(dir, "national_latest.xlsx", List.of(row())));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("national_latest.xlsx:national_latest:1: cannot tell the survey year"), run.err());
    }

    @Test
    void the_same_figures_given_twice_are_refused() throws IOException {
        Path asCsv = csv(dir, "nat4d_M2024_dl.csv", List.of(industryRow("513200", "Software Publishers", "4-digit")));
        Path asXlsx = xlsx(dir, "nat4d_M2024_dl.xlsx", List.of(industryRow("513200", "Software Publishers", "4-digit")));

        Run run = importInto(content, asCsv, asXlsx);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("bls-oews-industries-2024"), run.err());
    }

    @Test
    void missing_arguments_give_the_usage_and_exit_code_2() {
        Run noFiles = importInto(content);
        Run noContent = importInto(dir.resolve("missing"), dir.resolve("national_M2024_dl.xlsx"));

        assertEquals(2, noFiles.exitCode());
        assertTrue(noFiles.err().contains("usage: import-oews --content DIR FILE..."), noFiles.err());
        assertEquals(2, noContent.exitCode());
        assertTrue(noContent.err().contains("no such directory"), noContent.err());
    }
}
