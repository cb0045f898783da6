package com.salaryatlas.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Wage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Price levels on the fixture: software developers (15-1252) in May 2024 earn a median of 169,000 in California (RPP
 * 2024 110.720), 165,000 in Washington (107.013), 65,000 in Puerto Rico (no parity) and 162,820 in the Virgin Islands
 * (40 workers, no parity); Texas is withheld. CPI-U May: 2023 304.127, 2024 314.069. Expected values worked by hand.
 */
class PriceLevelsTest {

    private static final double CENT = 0.005;
    private final Dataset data = Fixtures.fixture();
    private final PriceLevels prices = new PriceLevels(data);

    private OccupationPay state(String area) {
        return data.oews().state("15-1252", area).orElseThrow();
    }

    @Test
    void a_state_wage_in_national_average_prices_is_divided_by_its_parity_over_100() {
        // 169,000 / 1.1072 = 152,637.28
        assertEquals(152_637.28, prices.inNationalPrices(state("CA"), state("CA").median()).orElseThrow().amount(), CENT);
    }

    @Test
    void a_state_wage_uses_the_parity_of_its_own_year() {
        assertEquals(2024, prices.parity(state("CA")).orElseThrow().year());
    }

    @Test
    void a_territory_has_no_parity_and_so_no_wage_in_national_average_prices() {
        assertTrue(prices.inNationalPrices(state("PR"), state("PR").median()).isEmpty());
    }

    @Test
    void a_top_coded_wage_stays_a_lower_bound_in_national_average_prices() {
        // 239,200 or more / 1.1072 = 216,040.46 or more
        Wage p90 = prices.inNationalPrices(state("CA"), state("CA").p90()).orElseThrow();
        assertEquals(216_040.46, p90.amount(), CENT);
        assertFalse(p90.exact());
    }

    @Test
    void states_are_ranked_by_median_and_by_median_in_national_average_prices_among_the_same_places() {
        // Washington: 165,000 / 1.07013 = 154,186.87, above California's 152,637.28; California's median is higher.
        List<PriceLevels.Rank> ranks = prices.ranks("15-1252");
        assertEquals(List.of("WA", "CA"), ranks.stream().map(PriceLevels.Rank::area).toList());
        assertEquals(2, prices.rank("15-1252", "WA").orElseThrow().byMedian());
        assertEquals(1, prices.rank("15-1252", "WA").orElseThrow().byRealMedian());
        assertEquals(1, prices.rank("15-1252", "CA").orElseThrow().byMedian());
        assertEquals(2, prices.rank("15-1252", "CA").orElseThrow().byRealMedian());
        assertEquals(2, ranks.get(0).of());
        assertEquals(154_186.87, ranks.get(0).realMedian(), CENT);
    }

    @Test
    void a_territory_a_withheld_median_and_a_small_sample_are_not_ranked() {
        assertTrue(prices.rank("15-1252", "PR").isEmpty());
        assertTrue(prices.rank("15-1252", "TX").isEmpty());
        assertTrue(prices.rank("15-1252", "VI").isEmpty());
    }

    @Test
    void the_median_buys_the_most_where_it_is_highest_in_national_average_prices() {
        assertEquals("WA", prices.buysMost("15-1252").orElseThrow().area());
    }

    @Test
    void pay_over_time_is_stated_in_the_newest_national_years_dollars() {
        assertEquals(2024, prices.constantDollarYear().orElseThrow());
    }

    @Test
    void a_wage_is_carried_to_a_later_year_by_the_ratio_of_may_cpi_values() {
        // 125,000 × 314.069 / 304.127 = 129,086.29
        assertEquals(129_086.29, prices.inDollarsOf(new Wage(125_000, false), 2023, 2024).orElseThrow().amount(), CENT);
    }

    @Test
    void prices_rose_by_the_cpi_ratio_less_one() {
        // 314.069 / 304.127 − 1 = 3.269%
        assertEquals(3.269, prices.inflation(2023, 2024).orElseThrow(), 0.001);
    }

    @Test
    void the_real_change_is_the_nominal_change_with_prices_taken_out() {
        // 130,000 / 129,086.29 − 1 = 0.708%
        assertEquals(0.708, prices.realChange(new Wage(125_000, false), 2023, new Wage(130_000, false), 2024)
                .orElseThrow(), 0.001);
    }

    @Test
    void a_top_coded_wage_has_no_real_change() {
        assertTrue(prices.realChange(new Wage(239_200, true), 2023, new Wage(250_000, false), 2024).isEmpty());
    }

    @Test
    void a_year_the_cpi_does_not_reach_gives_no_constant_dollars() {
        assertTrue(prices.inDollarsOf(new Wage(100_000, false), 2019, 2024).isEmpty());
    }

    @Test
    void few_workers_make_a_small_sample() {
        assertTrue(SmallSamples.isSmall(state("VI")));
    }

    @Test
    void a_large_precise_state_figure_is_not_a_small_sample() {
        assertFalse(SmallSamples.isSmall(state("CA")));
    }
}
