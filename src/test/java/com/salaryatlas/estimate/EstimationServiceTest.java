package com.salaryatlas.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.Fixtures.Model;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.estimate.Factor.Kind;
import com.salaryatlas.estimate.Factor.Reason;
import com.salaryatlas.estimate.OfferCheck.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The estimation method on the fixture dataset, whose reference role publishes 80,000 / 100,000 / 130,000 / 170,000 /
 * 210,000 at the 10th to 90th percentile; expected figures are worked out by hand from those.
 */
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

    /** Pay at a percentile of the reference role, linear between its published points (as the method reads them). */
    private static double reference(double percentile) {
        double[] ps = {10, 25, 50, 75, 90};
        double[] vs = {80_000, 100_000, 130_000, 170_000, 210_000};
        for (int i = 1; i < ps.length; i++) {
            if (percentile <= ps[i]) {
                return vs[i - 1] + (percentile - ps[i - 1]) / (ps[i] - ps[i - 1]) * (vs[i] - vs[i - 1]);
            }
        }
        return vs[4];
    }

    @Test
    void an_occupation_takes_its_latest_published_percentiles() {
        Model content = Fixtures.contentModel();
        var latest = content.data().oews().latestNational("15-1252").orElseThrow();
        var d = content.distributions().of(content.role("software-developer")).distribution();
        assertEquals(latest.p10().amount(), d.p10());
        assertEquals(latest.median().amount(), d.median());
        assertEquals(latest.p90().amount(), d.p90());
    }

    @Test
    void a_title_bls_counts_in_an_occupation_is_measured_not_given_the_occupations_percentiles() {
        Model content = Fixtures.contentModel();
        var latest = content.data().oews().latestNational("15-1252").orElseThrow();
        RoleDistribution rd = content.distributions().of(content.role("backend-developer"));
        assertTrue(rd.measured());
        assertNotEquals(latest.median().amount(), rd.distribution().median());
    }

    /** The fixture's ranks of one survey cell (its p25, median and p75) among 15-1252's population. */
    private double[] ranks(String devtype, int yearsFrom) {
        var cell = model.data().surveyRanks("15-1252", devtype).stream().filter(c -> c.yearsFrom() == yearsFrom)
                .findFirst().orElseThrow();
        return new double[] {cell.p25Rank(), cell.medianRank(), cell.p75Rank()};
    }

    @Test
    void a_titles_survey_cell_ranks_become_the_same_percentiles_of_its_occupations_pay() {
        double[] backEnd = ranks("Developer, back-end", 3);
        Estimate e = fixture.estimate(mid("reference"));
        assertEquals(Math.round(reference(backEnd[0])), e.base().low());
        assertEquals(Math.round(reference(backEnd[1])), e.base().mid());
        assertEquals(Math.round(reference(backEnd[2])), e.base().high());
    }

    @Test
    void an_occupation_takes_its_whole_populations_cell() {
        double[] population = ranks("*", 3);
        assertEquals(Math.round(reference(population[1])), fixture.estimate(mid("fixture-occupation")).base().mid());
    }

    @Test
    void years_between_two_band_centres_interpolate_their_ranks() {
        double between = (ranks("*", 3)[1] + ranks("*", 6)[1]) / 2;
        Estimate six = fixture.estimate(model.request("fixture-occupation", null).withYears(6));
        assertEquals(Math.round(reference(between)), six.base().mid());
        assertTrue(factor(six, Kind.EXPERIENCE).figures(Figures.Survey.class).between());
    }

    @Test
    void a_titles_cell_under_thirty_answers_gives_way_to_its_occupations_cell() {
        Estimate first = fixture.estimate(model.request("reference", null).withYears(1));
        assertEquals(Math.round(reference(ranks("*", 0)[1])), first.base().mid());
        assertTrue(factor(first, Kind.EXPERIENCE).figures(Figures.Survey.class).fellBack());
        assertTrue(effect(factor(first, Kind.EXPERIENCE)).contains("own respondents stand in"));
    }

    @Test
    void a_later_band_that_ranks_lower_holds_the_earlier_rank_and_says_so() {
        assertTrue(ranks("*", 21)[1] < ranks("*", 16)[1], "the fixture's 21+ band ranks below its 16–20 band");
        Estimate late = fixture.estimate(model.request("fixture-occupation", null).withYears(25));
        assertEquals(Math.round(reference(ranks("*", 16)[1])), late.base().mid());
        assertTrue(effect(factor(late, Kind.EXPERIENCE)).contains("the earlier rank holds"));
    }

    @Test
    void the_experience_line_names_the_cell_its_n_and_the_occupation() {
        String line = effect(factor(fixture.estimate(mid("reference")), Kind.EXPERIENCE));
        assertTrue(line.contains("3\u20135 years, respondents whose job type is \u201cDeveloper, back-end\u201d"), line);
        assertTrue(line.contains("n = 35"), line);
        assertTrue(line.contains("BLS pay for "), line);
    }

    @Test
    void a_title_that_names_a_level_is_its_base_title_at_those_levels() {
        for (Level level : List.of(Level.SENIOR, Level.STAFF)) {
            assertEquals(fixture.estimate(model.request("reference", level)).base(),
                    fixture.estimate(model.request("senior-title", level)).base(), level.slug);
        }
    }

    @Test
    void a_level_without_years_stands_for_its_typical_years() {
        assertEquals(fixture.estimate(model.request("reference", null).withYears(4)).base(),
                fixture.estimate(mid("reference")).base());
        assertEquals(fixture.estimate(model.request("reference", null).withYears(14)).base(),
                fixture.estimate(model.request("reference", Level.STAFF)).base());
    }

    @Test
    void neighbouring_levels_overlap_and_their_middles_rise() {
        Range previous = null;
        for (Level level : Level.values()) {
            Range r = fixture.estimate(model.request("reference", level)).base();
            if (previous != null) {
                assertTrue(r.low() < previous.high(), level + " overlaps the level below");
                assertTrue(r.mid() > previous.mid(), level + " has a higher middle");
            }
            previous = r;
        }
    }

    @Test
    void years_set_the_level_and_the_experience_line_says_the_chosen_level_was_not_used() {
        EstimateRequest request = new EstimateRequest(model.role("reference"), Level.STAFF, 0, model.place("us"),
                List.of(), null);
        Estimate e = fixture.estimate(request);
        assertEquals(Level.ENTRY, e.level());
        Factor f = factor(e, Kind.EXPERIENCE);
        assertEquals("staff", f.note());
        assertTrue(effect(f).contains("The years given set the level, not the staff or principal chosen."), effect(f));
    }

    @Test
    void a_title_is_estimated_on_its_occupations_published_distribution() {
        Estimate e = fixture.estimate(mid("ranged"));
        assertEquals(210_000, e.distribution().distribution().p90(), 1e-6);
    }

    @Test
    void a_state_scales_by_its_official_median_over_the_national_median_of_the_same_period() {
        Estimate national = fixture.estimate(mid("reference"));
        Estimate e = fixture.estimate(mid("reference").withLocation(model.place("ca")));
        assertEquals(Math.round(national.base().mid() * 1.3), e.base().mid(), 1);
        Factor f = factor(e, Kind.LOCATION);
        assertEquals(30.0, f.percent(), 1e-9);
        assertEquals("fixture-states-2024", f.source());
        assertTrue(effect(f).contains("$169,000 median here ÷ $130,000 national median for the same occupation and period = ×1.300"),
                effect(f));
    }

    @Test
    void a_territory_is_a_place_too() {
        Estimate national = fixture.estimate(mid("reference"));
        Estimate e = fixture.estimate(mid("reference").withLocation(model.place("pr")));
        assertEquals(Math.round(national.base().mid() * 65_000 / 130_000.0), e.base().mid(), 1);
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
    }

    private com.salaryatlas.dataset.OccupationPay industry(String code) {
        return model.data().oews().industries("15-1252").stream().filter(i -> i.industry().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void an_industry_scales_by_its_median_over_the_occupations_median_across_all_industries() {
        Estimate plain = fixture.estimate(mid("reference"));
        Estimate publishers = fixture.estimate(mid("reference").withIndustry(industry("513200")));
        assertEquals(Math.round(plain.base().mid() * 156_000 / 130_000.0), publishers.base().mid(), 1);
        Factor f = factor(publishers, Kind.COMPANY);
        assertEquals(Reason.INDUSTRY_RATIO, f.reason());
        assertTrue(effect(f).contains("$156,000 median in this industry ÷ $130,000 across all industries"), effect(f));
        Estimate federal = fixture.estimate(mid("reference").withIndustry(industry("999100")));
        assertTrue(federal.base().mid() < plain.base().mid(), "an industry that pays less lowers the estimate");
    }

    @Test
    void a_company_size_applies_its_survey_ratio_weighted_by_answers_across_bands() {
        // Fixture: "10,000 or more employees" 3-5 years 121,000 against all developers' 110,000 (n 40), 6-10 years
        // 147,000 against 140,000 (n 60): (40 x 1.10 + 60 x 1.05) / 100 = 1.07.
        Estimate plain = fixture.estimate(mid("reference"));
        Estimate large = fixture.estimate(mid("reference").withOrgSize("10-000-or-more-employees"));
        Factor f = factor(large, Kind.COMPANY_SIZE);
        assertEquals(7.0, f.percent(), 1e-9);
        assertEquals(Math.round(plain.base().mid() * 1.07), large.base().mid(), 1);
        assertTrue(effect(f).contains("n = 100") && effect(f).contains("self-reported total pay, applied here to base pay"),
                effect(f));
    }

    @Test
    void an_industry_a_company_size_and_a_work_arrangement_each_count() {
        Estimate industryOnly = fixture.estimate(mid("reference").withIndustry(industry("999100")));
        Estimate all = fixture.estimate(mid("reference").withIndustry(industry("999100"))
                .withOrgSize("10-000-or-more-employees").withArrangement("remote"));
        // Remote: (50 x 115,500 / 110,000 + 50 x 140,000 / 140,000) / 100 = 1.025.
        assertEquals(Math.round(industryOnly.base().mid() * 1.07 * 1.025), all.base().mid(), 1);
        assertEquals(2.5, factor(all, Kind.ARRANGEMENT).percent(), 1e-9);
    }

    @Test
    void remote_uses_the_national_figure() {
        Estimate e = fixture.estimate(mid("reference").withLocation(model.place("remote")));
        assertEquals(fixture.estimate(mid("reference")).base(), e.base());
        assertEquals("postings", factor(e, Kind.LOCATION).source());
    }

    @Test
    void a_posting_lift_is_shrunk_toward_zero_by_its_sample_size() {
        Estimate plain = fixture.estimate(mid("reference"));
        Estimate e = fixture.estimate(mid("reference").withSkills(List.of("rust")));
        double shrunk = 10.0 * 40 / 140;
        Factor f = factor(e, Kind.SKILL);
        assertEquals(shrunk, f.percent(), 1e-9);
        assertEquals(Math.round(plain.base().mid() * (1 + shrunk / 100)), e.base().mid(), 1);
        assertTrue(effect(f).contains("(n=40)") && effect(f).contains("+10%") && effect(f).contains("0.29"), effect(f));
    }

    @Test
    void a_ranged_premium_lifts_low_mid_and_high_by_its_low_mid_and_high() {
        Range plain = fixture.estimate(mid("reference")).base();
        Range go = fixture.estimate(mid("reference").withSkills(List.of("go"))).base();
        assertEquals(Math.round(plain.low() * 1.05), go.low(), 1);
        assertEquals(Math.round(plain.mid() * 1.10), go.mid(), 1);
        assertEquals(Math.round(plain.high() * 1.15), go.high(), 1);
    }

    @Test
    void within_one_family_only_the_largest_counts() {
        Estimate both = fixture.estimate(mid("reference").withSkills(List.of("cert", "cert-pro")));
        Estimate larger = fixture.estimate(mid("reference").withSkills(List.of("cert-pro")));
        assertEquals(larger.base(), both.base());
        Factor cert = both.factors().stream().filter(f -> f.subject().equals("A Certification")).findFirst().orElseThrow();
        assertEquals(Reason.PREMIUM_SAME_GROUP, cert.reason());
        assertTrue(effect(cert).contains("Counted once with A Certification, professional"), effect(cert));
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
    }

    @Test
    void stacked_premiums_are_capped_over_the_whole_range_and_the_cap_line_says_what_it_removed() {
        Range plain = fixture.estimate(mid("reference")).base();
        Estimate e = fixture.estimate(mid("reference").withSkills(List.of("go", "cert-pro", "cloud")));
        assertEquals(Math.round(plain.high() * 1.3), e.base().high(), 1);
        assertTrue(e.base().mid() <= Math.round(plain.mid() * 1.3) + 1);
        Factor cap = factor(e, Kind.CAP);
        double uncappedHigh = plain.high() * 1.15 * 1.25 * 1.20;
        assertEquals(uncappedHigh - plain.high() * 1.3, cap.figures(Figures.Cap.class).removedHigh(), 2);
        assertTrue(effect(cap).contains("removes") && effect(cap).contains("from the high end"), effect(cap));
    }

    @Test
    void total_pay_is_exactly_base_plus_its_parts_low_with_low_and_high_with_high() {
        Estimate e = fixture.estimate(model.request("reference", Level.SENIOR));
        TotalCompensation t = e.total();
        long low = Math.round(e.base().low());
        long high = Math.round(e.base().high());
        for (CompComponent c : t.extras()) {
            low += c.low();
            high += c.high();
        }
        assertEquals(low, t.low());
        assertEquals(high, t.high());
        CompComponent bonus = t.extras().get(0);
        assertEquals(Math.round(e.base().low() * 0.05), bonus.low());
        assertEquals(Math.round(e.base().high() * 0.10), bonus.high());
    }

    @Test
    void a_company_types_quoted_bonus_and_equity_are_never_applied() {
        Estimate senior = fixture.estimate(model.request("reference", Level.SENIOR));
        assertTrue(senior.total().extras().stream().noneMatch(c -> !c.row().company().equals("*")));
    }

    @Test
    void the_offer_gets_a_verdict_and_is_placed_among_people_like_you_and_nationally() {
        Estimate plain = fixture.estimate(mid("reference"));
        Estimate within = fixture.estimate(mid("reference").withOffer((int) plain.base().mid()));
        assertEquals(Verdict.WITHIN, within.offer().verdict());
        assertEquals(50, within.offer().here().percentile(), 0.5);
        Estimate above = fixture.estimate(mid("reference").withOffer(400_000));
        assertEquals(Verdict.ABOVE, above.offer().verdict());
        assertEquals(Math.round(400_000 - plain.base().high()), above.offer().outsideRange());
        assertTrue(above.offer().here().aboveNinetieth() && above.offer().national().aboveNinetieth());
        assertTrue(model.explain().effect(factor(above, Kind.EXPERIENCE)) != null);
        Estimate below = fixture.estimate(mid("reference").withOffer(10_000));
        assertEquals(Verdict.BELOW, below.offer().verdict());
        assertTrue(below.offer().national().belowTenth());
    }

    @Test
    void hourly_pay_is_annual_pay_over_2080_hours() {
        Estimate e = fixture.estimate(mid("reference"));
        assertEquals(Math.round(e.base().mid() / 2080.0 * 100) / 100.0, e.hourly().mid(), 1e-9);
    }

    @Test
    void comparing_two_roles_gives_the_gap_as_a_share_of_the_lower_median() {
        Difference d = model.comparisons().roles(model.role("reference"), model.role("ranged"), "postings").orElseThrow();
        assertEquals("reference", d.higher());
        assertEquals(10_000, d.amount());
        assertEquals(10_000 * 100.0 / 140_000, d.percent(), 1e-9);
    }

    @Test
    void what_ifs_list_one_line_per_group_largest_first() {
        List<WhatIf> options = fixture.whatIfs(mid("reference"), 10);
        assertTrue(options.get(0).change() >= options.get(1).change());
        assertTrue(options.stream().noneMatch(w -> w.subject().contains("Niche")));
        assertEquals(1, options.stream().filter(w -> w.subject().startsWith("A Certification")).count(), options.toString());
    }
}
