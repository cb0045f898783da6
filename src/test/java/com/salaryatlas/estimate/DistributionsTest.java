package com.salaryatlas.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.Fixtures.Model;
import com.salaryatlas.dataset.DatasetReader;
import com.salaryatlas.dataset.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job title's national distribution, measured the way the estimate places titles: its survey DevType's p10 … p90
 * ranked among its occupation's respondents, read off the occupation's latest BLS distribution at those ranks. The
 * fixture's 15-1252 publishes 80,000 / 100,000 / 130,000 / 170,000 / 210,000 at the 10th to 90th percentile; its
 * back-end developers with 6 or more years rank at 20, 38, 58, 80 and 92.
 */
class DistributionsTest {

    private final Model content = Fixtures.contentModel();
    private final Model fixture = Fixtures.fixtureModel();

    private static List<RoleDistribution> placed(Model m) {
        return m.data().roles().stream().map(r -> m.distributions().of(r)).filter(RoleDistribution::placed).toList();
    }

    @Test
    void every_measured_title_is_bls_pay_at_its_survey_ranks_point_by_point() {
        List<RoleDistribution> measured = placed(content).stream().filter(RoleDistribution::measured).toList();
        assertFalse(measured.isEmpty(), "the real dataset has measured titles");
        for (RoleDistribution rd : measured) {
            Double[] ranks = rd.placement().cell().ranks();
            double[] values = rd.distribution().values();
            for (int i = 0; i < ranks.length; i++) {
                assertEquals(Distributions.valueAt(rd.placement().occupation().distribution(), ranks[i]), values[i],
                        1e-9, rd.role().slug() + " point " + i);
            }
        }
    }

    @Test
    void every_roles_distribution_never_falls_from_its_10th_to_its_90th_percentile() {
        for (Model m : List.of(content, fixture)) {
            for (Role role : m.data().roles()) {
                double[] v = m.distributions().of(role).distribution().values();
                for (int i = 1; i < v.length; i++) {
                    assertTrue(v[i - 1] <= v[i], role.slug() + " falls between points " + (i - 1) + " and " + i);
                }
            }
        }
    }

    @Test
    void every_real_title_known_only_by_a_range_or_a_median_is_measured_by_the_survey() {
        List<String> ranged = content.data().roles().stream()
                .filter(r -> Stream.of("range", "median", "average").anyMatch(content.data().primary(r.slug()).kind()::equals))
                .map(Role::slug).toList();
        assertEquals(List.of("backend-developer", "senior-backend-developer", "backend-architect", "cloud-engineer",
                "devops-engineer", "data-engineer"), ranged);
        for (String slug : ranged) {
            assertTrue(content.distributions().of(content.role(slug)).measured(), slug);
        }
    }

    @Test
    void every_real_title_bls_does_not_publish_is_measured_by_the_survey() {
        for (Role role : content.data().roles().stream().filter(r -> !r.isOccupation()).toList()) {
            assertTrue(content.distributions().of(role).measured(), role.slug());
        }
    }

    @Test
    void backend_developers_median_is_software_developers_bls_pay_at_back_end_developers_median_rank() {
        // "Developer, back-end", everyone (2023+2024, n = 2,671): median $169,000, ranked 64.77 among 15-1252's
        // 10,438 respondents. BLS May 2025, Software Developers: median 135,980, p75 171,980.
        // 135,980 + (64.77 - 50) / 25 * (171,980 - 135,980) = 135,980 + 0.5908 * 36,000 = 157,248.8
        assertEquals(157_248.8, content.distributions().of(content.role("backend-developer")).distribution().median(),
                1e-6);
    }

    @Test
    void backend_developers_90th_percentile_is_held_at_blss_90th() {
        // The back-end 90th ($300,000) ranks 94.18, above BLS's 90th: held at Software Developers' 214,670.
        assertEquals(214_670, content.distributions().of(content.role("backend-developer")).distribution().p90(),
                1e-9);
    }

    @Test
    void backend_developers_occupation_row_stays_beside_it_and_not_as_its_primary() {
        assertEquals("backend-developer-postings", content.data().primary("backend-developer").id());
    }

    @Test
    void a_published_range_is_not_read_as_the_titles_10th_and_90th_percentiles() {
        RoleDistribution rd = content.distributions().of(content.role("devops-engineer"));
        var bls = rd.placement().occupation().distribution();
        assertEquals(Distributions.valueAt(bls, rd.placement().cell().p10Rank()), rd.distribution().p10(), 1e-9);
        assertEquals(Distributions.valueAt(bls, rd.placement().cell().p90Rank()), rd.distribution().p90(), 1e-9);
    }

    @Test
    void a_title_with_published_percentiles_keeps_them() {
        RoleDistribution rd = fixture.distributions().of(fixture.role("reference"));
        assertFalse(rd.placed());
        assertEquals(130_000, rd.distribution().median(), 1e-9);
    }

    @Test
    void a_title_that_names_senior_and_staff_reads_its_devtypes_answers_from_six_years_on() {
        RoleDistribution rd = fixture.distributions().of(fixture.role("senior-title"));
        assertEquals(6, rd.placement().fromYears());
        assertEquals(95, rd.placement().cellN());
        assertEquals("Developer, back-end", rd.placement().devtype());
    }

    @Test
    void a_measured_median_is_bls_pay_interpolated_at_the_medians_rank() {
        // rank 58: 130,000 + (58 - 50) / 25 * (170,000 - 130,000)
        assertEquals(142_800, fixture.distributions().of(fixture.role("senior-title")).distribution().median(), 1e-6);
    }

    @Test
    void a_measured_10th_percentile_is_bls_pay_interpolated_at_its_rank() {
        // rank 20: 80,000 + (20 - 10) / 15 * (100,000 - 80,000)
        assertEquals(80_000 + 10 / 15.0 * 20_000,
                fixture.distributions().of(fixture.role("senior-title")).distribution().p10(), 1e-6);
    }

    @Test
    void a_rank_above_blss_90th_is_held_at_blss_90th_and_counted() {
        RoleDistribution rd = fixture.distributions().of(fixture.role("senior-title"));
        assertEquals(210_000, rd.distribution().p90(), 1e-6);
        assertEquals(1, rd.placement().atOrAboveP90());
    }

    @Test
    void the_basis_says_where_a_rank_is_held_at_blss_90th() {
        String basis = fixture.explain().basis(fixture.distributions().of(fixture.role("senior-title")));
        assertTrue(basis.contains("shown at BLS's 90th percentile: read it as at or above that"), basis);
    }

    @Test
    void the_basis_names_the_survey_job_type_its_n_and_the_bls_occupation() {
        String basis = fixture.explain().basis(fixture.distributions().of(fixture.role("senior-title")));
        assertTrue(basis.contains("\u201cDeveloper, back-end\u201d, 6 or more years of professional experience "
                + "(2023 and 2024 pooled, n = 95)"), basis);
        assertTrue(basis.contains("placed in BLS pay for Software Developers (15-1252"), basis);
    }

    @Test
    void a_title_without_a_survey_job_type_takes_its_occupations_distribution() {
        RoleDistribution rd = fixture.distributions().of(fixture.role("ranged"));
        assertFalse(rd.measured());
        assertEquals(80_000, rd.distribution().p10(), 1e-9);
        assertEquals(130_000, rd.distribution().median(), 1e-9);
        assertEquals(210_000, rd.distribution().p90(), 1e-9);
    }

    @Test
    void a_title_without_a_survey_job_type_says_its_figures_are_its_occupations() {
        String basis = fixture.explain().basis(fixture.distributions().of(fixture.role("ranged")));
        assertTrue(basis.startsWith("The developer survey has no job type for this title, so these are its "
                + "occupation's percentiles: BLS pay for Software Developers (15-1252"), basis);
    }

    @Test
    void a_title_whose_devtype_has_under_30_answers_takes_its_occupations_distribution(@TempDir Path dir)
            throws IOException {
        Model m = withBackEndSixPlus(dir, "15-1252,own,1000,\"Developer, back-end\",6,,29,,,,,,,,,,");
        RoleDistribution rd = m.distributions().of(m.role("senior-title"));
        assertNull(rd.placement().cell());
        assertEquals(130_000, rd.distribution().median(), 1e-9);
    }

    @Test
    void a_title_whose_devtype_has_under_30_answers_says_so_with_its_n(@TempDir Path dir) throws IOException {
        Model m = withBackEndSixPlus(dir, "15-1252,own,1000,\"Developer, back-end\",6,,29,,,,,,,,,,");
        String basis = m.explain().basis(m.distributions().of(m.role("senior-title")));
        assertTrue(basis.startsWith("Fewer than 30 of the survey's \u201cDeveloper, back-end\u201d respondents, 6 or "
                + "more years of professional experience gave their pay (n = 29)"), basis);
    }

    @Test
    void a_title_whose_occupation_has_no_full_spread_is_placed_in_software_developers_pay_and_says_so() {
        RoleDistribution rd = fixture.distributions().of(fixture.role("median-only"));
        assertEquals("15-1252", rd.placement().occupation().soc());
        assertTrue(fixture.explain().basis(rd).contains("BLS publishes no full spread for its occupation, Web "
                + "Developers (BLS 15-1254)"), fixture.explain().basis(rd));
    }

    /** The fixture dataset with the back-end developers' 6+ row replaced. */
    private static Model withBackEndSixPlus(Path dir, String row) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (var files = Files.list(Fixtures.FIXTURE_DATA)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path ranks = data.resolve("survey_ranks.csv");
        List<String> lines = Files.readAllLines(ranks).stream()
                .map(l -> l.startsWith("15-1252,own,1000,\"Developer, back-end\",6,,") ? row : l).toList();
        Files.write(ranks, lines);
        return Model.of(new DatasetReader(data).read());
    }
}
