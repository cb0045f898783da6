package com.salaryatlas.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.Fixtures.Model;
import com.salaryatlas.estimate.Factor.Kind;
import com.salaryatlas.dataset.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimationServiceTest {

    private final Model model = Fixtures.fixtureModel();
    private final EstimationService fixture = model.estimates();

    private EstimateRequest mid(String role) {
        return model.request(role, Level.MID);
    }

    private static Factor factor(Estimate e, Kind kind) {
        return e.factors().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    private String effect(Factor f) {
        return model.explain().effect(f);
    }

    @Test
    void an_occupation_and_a_title_mapped_to_it_span_its_own_published_percentiles_at_entry_and_staff() {
        Model content = Fixtures.contentModel();
        var latest = content.data().oews().latestNational("15-1252").orElseThrow();
        for (String role : List.of("software-developer", "backend-developer")) {
            Estimate entry = content.estimates().estimate(content.request(role, Level.ENTRY));
            assertEquals(latest.p10().amount(), entry.base().low());
            assertEquals(latest.p25().amount(), entry.base().high());
            Estimate staff = content.estimates().estimate(content.request(role, Level.STAFF));
            assertEquals(latest.p75().amount(), staff.base().low());
            assertEquals(latest.p90().amount(), staff.base().high());
        }
    }

    @Test
    void a_level_spans_its_band_with_the_middle_halfway() {
        Estimate e = fixture.estimate(model.request("reference", Level.ENTRY));
        assertEquals(new Range(80_000, 90_000, 100_000), e.base());
        assertEquals(17.5, e.percentile(), 1e-9);
    }

    @Test
    void years_pick_the_band_and_move_the_middle_within_it() {
        Estimate none = fixture.estimate(model.request("reference", null).withYears(0));
        assertEquals(Level.ENTRY, none.level());
        assertEquals(83_333, none.base().mid());
        Estimate seven = fixture.estimate(model.request("reference", null).withYears(7));
        assertEquals(Level.SENIOR, seven.level());
        assertEquals(new Range(130_000, 142_000, 170_000), seven.base());
        Estimate fifty = fixture.estimate(model.request("reference", null).withYears(50));
        assertEquals(Level.STAFF, fifty.level());
        assertTrue(fifty.base().mid() < 210_000 && fifty.base().mid() > 200_000, "capped at 20 years, below p90");
    }

    @Test
    void experience_factor_reports_its_change_against_the_median_and_its_source() {
        Factor f = factor(fixture.estimate(model.request("reference", Level.SENIOR)), Kind.EXPERIENCE);
        assertEquals(150_000 - 130_000, f.change());
        assertEquals("survey", f.source());
    }

    @Test
    void a_state_scales_by_its_official_median_over_the_national_median_of_the_same_period() {
        Estimate e = fixture.estimate(mid("reference").withLocation(model.place("ca")));
        assertEquals(new Range(130_000, 149_500, 169_000), e.base());
        Factor f = factor(e, Kind.LOCATION);
        assertEquals(34_500, f.change());
        assertEquals(30.0, f.percent(), 1e-9);
        assertEquals("fixture-states-2024", f.source());
        assertTrue(effect(f).contains("$169,000 median here ÷ $130,000 national median for the same occupation and period = ×1.300"),
                effect(f));
    }

    @Test
    void a_territory_is_a_place_too() {
        Estimate e = fixture.estimate(mid("reference").withLocation(model.place("pr")));
        assertEquals(Math.round(115_000.0 * 65_000 / 130_000.0), Math.round(e.base().mid()));
        assertEquals("Puerto Rico", e.request().location().name());
    }

    @Test
    void a_metro_is_placed_by_its_state_and_its_own_mean_is_never_a_multiplier() {
        Estimate metro = fixture.estimate(mid("reference").withLocation(model.place("big-city")));
        Estimate state = fixture.estimate(mid("reference").withLocation(model.place("ca")));
        assertEquals(state.base(), metro.base());
        assertTrue(effect(factor(metro, Kind.LOCATION)).contains("Placed by its state, California"),
                effect(factor(metro, Kind.LOCATION)));
    }

    @Test
    void a_state_whose_median_is_not_published_says_so_and_uses_the_national_figure() {
        Estimate e = fixture.estimate(mid("reference").withLocation(model.place("tx")));
        assertEquals(fixture.estimate(mid("reference")).base(), e.base());
        Factor f = factor(e, Kind.LOCATION);
        assertFalse(f.applied());
        assertTrue(effect(f).contains("publishes no exact median for this occupation in Texas"), effect(f));
        assertEquals("Texas", e.request().location().name());
    }

    @Test
    void remote_uses_the_national_figure() {
        Estimate e = fixture.estimate(mid("reference").withLocation(model.place("remote")));
        assertEquals(fixture.estimate(mid("reference")).base(), e.base());
        assertEquals("postings", factor(e, Kind.LOCATION).source());
    }

    @Test
    void a_skill_with_posting_data_lifts_by_its_median_over_the_role_median() {
        Estimate e = fixture.estimate(mid("reference").withSkills(List.of("rust")));
        assertEquals(126_500, e.base().mid());
        Factor f = factor(e, Kind.SKILL);
        assertEquals(10.0, f.percent(), 1e-9);
        assertEquals(11_500, f.change());
        assertTrue(effect(f).contains("(n=40)"), effect(f));
    }

    @Test
    void a_ranged_premium_lifts_low_mid_and_high_by_its_low_mid_and_high() {
        Estimate e = fixture.estimate(mid("reference").withSkills(List.of("go")));
        assertEquals(new Range(105_000, 126_500, 149_500), e.base());
    }

    @Test
    void a_premium_for_other_roles_or_without_a_percent_changes_nothing_and_says_so() {
        Range plain = fixture.estimate(mid("reference")).base();
        Estimate otherRole = fixture.estimate(mid("reference").withSkills(List.of("niche")));
        assertEquals(plain, otherRole.base());
        assertTrue(effect(factor(otherRole, Kind.SKILL)).contains("no figure"));
        Estimate noPercent = fixture.estimate(mid("ranged").withSkills(List.of("niche")));
        assertEquals(fixture.estimate(mid("ranged")).base(), noPercent.base());
        assertTrue(effect(factor(noPercent, Kind.SKILL)).contains("no percentage"));
        Estimate startup = fixture.estimate(mid("reference").withCompany(model.company("startup")));
        assertEquals(plain, startup.base());
    }

    @Test
    void stacked_premiums_are_capped_and_the_cap_is_shown() {
        Estimate e = fixture.estimate(mid("reference").withSkills(List.of("rust", "cert", "cloud")).withCompany(model.company("big-co")));
        assertEquals(new Range(130_000, 149_500, 169_000), e.base());
        Factor cap = factor(e, Kind.CAP);
        assertTrue(cap.change() < 0);
        assertTrue(effect(cap).contains("+30%"), effect(cap));
    }

    @Test
    void a_role_known_by_a_median_takes_the_reference_shape_scaled_to_it() {
        var d = model.distributions().of(model.role("median-only"));
        assertTrue(d.derived());
        assertEquals(56_000, d.distribution().p10(), 1e-6);
        assertEquals(147_000, d.distribution().p90(), 1e-6);
        assertTrue(model.explain().basis(d).contains("15-1252"), model.explain().basis(d));
    }

    @Test
    void a_role_known_by_a_range_is_centred_on_its_midpoint() {
        assertEquals(150_000, model.distributions().of(model.role("ranged")).distribution().median(), 1e-6);
    }

    @Test
    void the_offer_gets_its_percentile_in_the_national_distribution() {
        Estimate e = fixture.estimate(new EstimateRequest(model.role("reference"), Level.MID, null, model.place("us"), List.of(), null, 150_000));
        assertEquals(62.5, e.offerPercentile(), 1e-9);
        assertNull(fixture.estimate(mid("reference")).offerPercentile());
        Estimate low = fixture.estimate(new EstimateRequest(model.role("reference"), Level.MID, null, model.place("us"), List.of(), null, 10_000));
        assertEquals(1, low.offerPercentile(), 1e-9);
    }

    @Test
    void hourly_pay_is_annual_pay_over_2080_hours() {
        assertEquals(55.29, fixture.estimate(mid("reference")).hourly().mid(), 1e-9);
    }

    @Test
    void total_compensation_keeps_base_bonus_equity_and_benefits_apart() {
        Estimate bigCo = fixture.estimate(mid("reference").withCompany(model.company("big-co")));
        TotalCompensation t = bigCo.total();
        assertEquals(138_000, bigCo.base().mid());
        CompComponent bonus = t.extras().get(0);
        assertEquals("bonus", bonus.component());
        assertEquals(13_800, bonus.low());
        assertEquals(27_600, bonus.high());
        assertEquals("equity", t.extras().get(1).component());
        assertEquals(15_000, t.extras().get(2).low());
        Estimate plain = fixture.estimate(mid("reference"));
        assertEquals(List.of("equity"), plain.total().missing());
        assertEquals(5_750, plain.total().extras().get(0).low());
    }

    @Test
    void the_all_in_range_adds_low_extras_to_the_low_base_and_high_extras_to_the_high_base() {
        Estimate e = fixture.estimate(mid("reference").withCompany(model.company("big-co")));
        // base 110,000–169,000; bonus 10–20%, equity 20–60%, benefits $15,000–$30,000
        assertEquals(new Range(110_000, 138_000, 169_000), e.base());
        assertEquals(110_000 + 11_000 + 22_000 + 15_000, e.total().low());
        assertEquals(169_000 + 33_800 + 101_400 + 30_000, e.total().high());
    }

    @Test
    void comparing_two_roles_gives_the_gap_as_a_share_of_the_lower_median() {
        Difference d = model.comparisons().roles(model.role("reference"), model.role("ranged"), "postings").orElseThrow();
        assertEquals("reference", d.higher());
        assertEquals(10_000, d.amount());
        assertEquals(10_000 * 100.0 / 140_000, d.percent(), 1e-9);
    }

    @Test
    void what_ifs_list_premiums_not_chosen_largest_first() {
        List<WhatIf> options = fixture.whatIfs(mid("reference"), 3);
        assertEquals(3, options.size());
        assertTrue(options.get(0).change() >= options.get(1).change());
        assertTrue(options.stream().noneMatch(w -> w.subject().contains("Niche")));
    }
}
