package com.salaryatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void an_occupation_row_made_primary_is_refused() throws IOException {
        assertEquals("role_figures.csv:5: an occupation figure cannot be primary: it is the occupation's spread, not "
                + "the title's; make a figure published for the title primary",
                errorAfter("role_figures.csv", "ranged-postings,ranged,postings,range,,,,,,,,120000,180000,,yes,Only figure",
                        "ranged-postings,ranged,,occupation,,,,,,,,,,,yes,Counted as software developers"));
    }

    @Test
    void a_survey_cell_under_the_minimum_answers_with_figures_is_refused() throws IOException {
        assertEquals("survey_pay.csv:3: a cell of 29 answers has figures; under 30 it keeps only its n",
                errorAfter("survey_pay.csv", "0,2,40,60000", "0,2,29,60000"));
    }

    @Test
    void an_own_survey_population_under_the_minimum_is_refused() throws IOException {
        assertEquals("survey_ranks.csv:2: an own population of 99 respondents; under 100 the occupation is ranked among "
                + "all developers", errorAfter("survey_ranks.csv", "15-1252,own,1000,*,0,2,", "15-1252,own,99,*,0,2,"));
    }

    @Test
    void a_state_s_price_parity_is_found_by_its_code_and_year() {
        assertEquals(110.72, Fixtures.fixture().rpp("CA", 2024).orElseThrow().rpp());
    }

    @Test
    void a_price_parity_is_found_by_the_calculator_s_lowercase_key_too() {
        assertEquals(97.057, Fixtures.fixture().rpp("tx", 2024).orElseThrow().rpp());
    }

    @Test
    void a_price_parity_names_its_source() {
        assertEquals("bea-rpp-2024", Fixtures.fixture().rpp("US", 2023).orElseThrow().source());
    }

    @Test
    void a_territory_has_no_price_parity() {
        assertTrue(Fixtures.fixture().rpp("PR", 2024).isEmpty());
    }

    @Test
    void a_year_outside_the_file_has_no_price_parity() {
        assertTrue(Fixtures.fixture().rpp("CA", 2025).isEmpty());
    }

    @Test
    void the_cpi_of_may_is_found_by_its_year() {
        assertEquals(321.465, Fixtures.fixture().cpiMay(2025).orElseThrow().value());
    }

    @Test
    void a_year_outside_the_cpi_file_has_no_value() {
        assertTrue(Fixtures.fixture().cpiMay(2020).isEmpty());
    }

    @Test
    void the_real_content_has_california_s_2024_price_parity() {
        assertEquals(110.72, new DatasetReader(Fixtures.CONTENT_DATA).read().rpp("CA", 2024).orElseThrow().rpp());
    }

    @Test
    void the_real_content_has_the_cpi_of_may_2021() {
        assertEquals(269.195, new DatasetReader(Fixtures.CONTENT_DATA).read().cpiMay(2021).orElseThrow().value());
    }

    @Test
    void a_price_parity_citing_an_unknown_source_names_the_file_and_line() throws IOException {
        assertEquals("price_parities.csv:2: unknown source 'bea-rpp-2023'",
                errorAfter("price_parities.csv", "bea-rpp-2024,CA,California,2023", "bea-rpp-2023,CA,California,2023"));
    }

    @Test
    void a_price_parity_for_an_area_the_oews_files_do_not_use_is_refused() throws IOException {
        assertEquals("price_parities.csv:2: unknown area 'CAL'",
                errorAfter("price_parities.csv", ",CA,California,2023", ",CAL,California,2023"));
    }

    @Test
    void a_price_parity_that_is_not_positive_is_refused() throws IOException {
        assertEquals("price_parities.csv:3: 'rpp' must be positive",
                errorAfter("price_parities.csv", "2024,110.720", "2024,-110.720"));
    }

    @Test
    void two_price_parities_for_one_area_and_year_are_refused() throws IOException {
        assertEquals("price_parities.csv: duplicate 'CA 2024'",
                errorAfter("price_parities.csv", "CA,California,2023", "CA,California,2024"));
    }

    @Test
    void a_cpi_year_that_is_not_a_year_is_refused() throws IOException {
        assertEquals("cpi_may.csv:2: 'year' is 21, not a four-digit year",
                errorAfter("cpi_may.csv", ",2021,", ",21,"));
    }

    @Test
    void two_cpi_values_for_one_year_are_refused() throws IOException {
        assertEquals("cpi_may.csv: duplicate '2024'", errorAfter("cpi_may.csv", ",2025,", ",2024,"));
    }

    @Test
    void a_missing_cpi_file_is_named() throws IOException {
        for (Path p : Files.list(Fixtures.FIXTURE_DATA).toList()) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        Files.delete(dir.resolve("cpi_may.csv"));

        assertEquals("cpi_may.csv: file is missing from " + dir,
                assertThrows(DatasetException.class, () -> new DatasetReader(dir).read()).getMessage());
    }

    @Test
    void a_projection_without_the_all_occupations_total_is_refused() throws IOException {
        assertEquals("projections.csv: no row 00-0000 (all occupations), which pages print beside each occupation's outlook",
                errorAfter("projections.csv", ",00-0000,", ",00-0001,"));
    }

    @Test
    void a_projection_citing_an_unknown_source_names_its_line() throws IOException {
        assertEquals("projections.csv:3: unknown source 'bls-ep-occupations-2023-33'",
                errorAfter("projections.csv", "bls-ep-occupations-2024-34,15-1252,", "bls-ep-occupations-2023-33,15-1252,"));
    }

    @Test
    void a_projection_whose_decade_ends_before_it_starts_is_refused() throws IOException {
        assertEquals("projections.csv:4: 'year_to' 2014 is not after 'year_from' 2024",
                errorAfter("projections.csv", "Web developers,2024,2034,", "Web developers,2024,2014,"));
    }

    @Test
    void a_negative_employment_in_the_projections_is_refused() throws IOException {
        assertEquals("projections.csv:3: 'employment_from' cannot be negative",
                errorAfter("projections.csv", "2024,2034,1693.8,", "2024,2034,-1693.8,"));
    }

    @Test
    void the_projections_keep_their_thousands_as_published() {
        Projection developers = Fixtures.fixture().projection("15-1252").orElseThrow();
        assertEquals(1693.8, developers.employmentFrom());
    }
    @Test
    void a_language_the_2025_survey_has_no_cells_for_names_the_file_and_line() throws IOException {
        assertEquals("survey_languages.csv:2: unknown language 'Pythn'",
                errorAfter("survey_languages.csv", "python,Python,", "python,Pythn,"));
    }

    @Test
    void a_language_offered_to_a_role_roles_csv_does_not_list_is_refused() throws IOException {
        assertEquals("survey_languages.csv:2: 'roles' names 'nobody', which roles.csv does not list",
                errorAfter("survey_languages.csv", "python,Python,reference", "python,Python,nobody"));
    }

    @Test
    void a_skill_listed_twice_as_a_language_is_refused() throws IOException {
        assertEquals("survey_languages.csv: duplicate 'python'",
                errorAfter("survey_languages.csv", "typescript,TypeScript,", "python,TypeScript,"));
    }
}
