package com.salaryatlas.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.Fixtures.Model;
import com.salaryatlas.SurveyCsv;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.estimate.Factor.Kind;
import com.salaryatlas.estimate.Factor.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Languages, measured, on the fixture: Python (2025 and 2023 cells, postings for the reference role and a quoted
 * range), TypeScript (2025 only, two bands with figures), Elixir (one band of 40 answers: too few). Expected lifts are
 * worked out here from the rows of the fixture's survey_pay.csv, not read back from the code under test.
 */
class LanguageLiftsTest {

    private final Model model = Fixtures.fixtureModel();
    private final EstimationService estimates = model.estimates();
    private final SurveyCsv csv = SurveyCsv.read(Fixtures.FIXTURE_DATA.resolve("survey_pay.csv"));

    private LanguageLifts.Lift lift(String skill) {
        return estimates.languages().all().stream().filter(l -> l.language().skill().equals(skill)).findFirst()
                .orElseThrow();
    }

    private EstimateRequest reference(List<String> skills) {
        return model.request("reference", Level.MID).withSkills(skills);
    }

    private static Factor skill(Estimate e, String subject) {
        return e.factors().stream().filter(f -> f.kind() == Kind.SKILL && f.subject().equals(subject)).findFirst()
                .orElseThrow();
    }

    /** The lift the code computed against the one worked out from the CSV's rows of that year and language. */
    private void assertRecomputed(String year, String language, Figures.SurveyRatio computed) {
        SurveyCsv.Lift expected = csv.lift(year, "language", language);
        assertEquals(expected.ratio(), computed.ratio(), 1e-12);
        assertEquals(expected.n(), computed.n());
        assertEquals(year, computed.year());
    }

    @Test
    void the_2025_lift_is_each_bands_median_over_all_developers_weighted_by_the_languages_answers() {
        assertRecomputed("2025", "Python", lift("python").coding());
    }

    @Test
    void the_2023_lift_is_measured_in_2023s_bands_of_professional_years() {
        assertRecomputed("2023", "Python", lift("python").professional());
    }

    @Test
    void bands_under_thirty_answers_count_neither_in_the_ratio_nor_in_its_n() {
        SurveyCsv.Lift expected = csv.lift("2025", "language", "TypeScript");
        assertEquals(expected.n(), lift("typescript").coding().n());
        assertEquals(2, lift("typescript").coding().bands());
    }

    @Test
    void a_year_without_a_band_of_thirty_answers_has_no_lift() {
        assertNull(lift("typescript").professional());
    }

    @Test
    void a_language_with_fewer_than_the_minimum_answers_is_not_measured_and_not_offered() {
        assertTrue(lift("elixir").coding().n() < LanguageLifts.MIN_N);
        assertFalse(lift("elixir").measured());
        assertFalse(estimates.offeredSkills("reference").contains("elixir"));
    }

    @Test
    void a_measured_language_is_offered_where_survey_languages_lists_it() {
        assertTrue(estimates.offeredSkills("reference").contains("typescript"));
        assertTrue(estimates.offeredSkills("ranged").contains("typescript"));
        assertFalse(estimates.offeredSkills("ranged").contains("python"), "python is listed for reference only");
    }

    @Test
    void a_measured_language_applies_its_2025_lift_shrunk_by_its_answers() {
        SurveyCsv.Lift expected = csv.lift("2025", "language", "Python");
        double applied = (expected.ratio() - 1) * 100 * expected.n() / (expected.n() + 100.0);
        Factor f = skill(estimates.estimate(reference(List.of("python"))), "Python");
        assertEquals(Reason.SKILL_SURVEY, f.reason());
        assertEquals(applied, f.percent(), 1e-9);
    }

    @Test
    void a_measured_language_moves_low_middle_and_high_by_the_same_percent_not_by_the_quoted_range() {
        Range plain = estimates.estimate(reference(List.of())).base();
        Estimate e = estimates.estimate(reference(List.of("python")));
        double factor = 1 + skill(e, "Python").percent() / 100;
        assertEquals(Math.round(plain.low() * factor), e.base().low(), 1);
        assertEquals(Math.round(plain.mid() * factor), e.base().mid(), 1);
        assertEquals(Math.round(plain.high() * factor), e.base().high(), 1);
    }

    @Test
    void the_postings_for_a_measured_language_are_carried_beside_and_not_applied() {
        Figures.Language l = skill(estimates.estimate(reference(List.of("python"))), "Python")
                .figures(Figures.Language.class);
        assertEquals(60L, l.postings().n(), "skill_pay.csv's reference,python row");
        assertTrue(Math.abs(l.postings().measured() * l.postings().weight() - l.applied().percent() * l.weight()) > 0.01,
                "the postings' shrunk lift differs from the one applied, so the test can tell them apart");
    }

    @Test
    void a_skill_the_survey_does_not_measure_keeps_the_postings_rule() {
        assertEquals(Reason.SKILL_POSTINGS, skill(estimates.estimate(reference(List.of("rust"))), "Rust").reason());
    }

    @Test
    void a_listed_language_the_survey_does_not_measure_applies_nothing() {
        Estimate e = estimates.estimate(reference(List.of("elixir")));
        assertEquals(estimates.estimate(reference(List.of())).base(), e.base());
        assertFalse(skill(e, "Elixir").applied());
    }

    @Test
    void languages_count_once_the_largest_lift() {
        Estimate both = estimates.estimate(reference(List.of("python", "typescript")));
        Factor python = skill(both, "Python");
        Factor typescript = skill(both, "TypeScript");
        assertEquals(1, (python.applied() ? 1 : 0) + (typescript.applied() ? 1 : 0));
        double larger = Math.max(lift("python").applied(), lift("typescript").applied());
        assertEquals(larger, python.applied() ? python.percent() : typescript.percent(), 1e-9);
    }

    @Test
    void the_factor_line_gives_the_year_years_coding_n_the_measured_and_applied_lift_and_what_stands_beside() {
        Factor f = skill(estimates.estimate(reference(List.of("python"))), "Python");
        String line = model.explain().effect(f);
        LanguageLifts.Lift l = lift("python");
        assertTrue(line.contains("survey of 2025"), line);
        assertTrue(line.contains("years coding (not years of professional experience)"), line);
        assertTrue(line.contains("n = " + l.coding().n()), line);
        assertTrue(line.contains("\u00d7" + String.format(java.util.Locale.US, "%.3f", l.coding().ratio())), line);
        assertTrue(line.contains("it counts " + com.salaryatlas.explain.Format.signedPercent(f.percent())), line);
        assertTrue(line.contains("(2023, professional years, n = " + l.professional().n() + ")"), line);
        assertTrue(line.contains("postings for this role naming it") && line.contains("(n=60)"), line);
    }

    @Test
    void every_language_the_site_lists_is_measured_by_the_2025_survey_as_its_rows_give() {
        Model content = Fixtures.contentModel();
        SurveyCsv real = SurveyCsv.read(Fixtures.CONTENT_DATA.resolve("survey_pay.csv"));
        for (LanguageLifts.Lift l : content.estimates().languages().all()) {
            SurveyCsv.Lift expected = real.lift("2025", "language", l.language().language());
            assertEquals(expected.ratio(), l.coding().ratio(), 1e-12, l.language().language());
            assertEquals(expected.n(), l.coding().n(), l.language().language());
            assertTrue(l.measured(), l.language().language() + " has too few answers to be offered");
        }
    }
}
