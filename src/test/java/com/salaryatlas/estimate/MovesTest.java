package com.salaryatlas.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.Fixtures.Model;
import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Moving on the fixture: state wages of May 2024, so BEA's parities of 2024: California 110.720, Texas 97.057,
 * Washington 107.013, the nation 100; none for Puerto Rico or the Virgin Islands. A mid-level Reference Developer's
 * national estimate has its middle at $119,433 (see CalculatorRoutesTest). Expected amounts worked by hand.
 */
class MovesTest {

    private final Model model = Fixtures.fixtureModel();
    private final Moves moves = new Moves(model.data(), model.estimates());

    private Estimate estimate(String place, Integer offer) {
        return model.estimates().estimate(model.request("reference", Level.MID).withLocation(model.place(place))
                .withOffer(offer));
    }

    @Test
    void the_parities_are_those_of_the_state_wages_year() {
        assertEquals(2024, moves.year());
    }

    @Test
    void without_an_offer_the_estimates_middle_is_carried_at_the_destinations_parity_over_the_nations() {
        // 107,200 x 107.013 / 100 = 114,717.94
        Move move = moves.move(estimate("us", null), model.place("wa"));
        assertFalse(move.fromOffer());
        assertEquals(107_200, move.amount());
        assertEquals(114_718L, move.carried());
    }

    @Test
    void an_offer_is_carried_from_a_state_at_the_parity_there_over_the_parity_here() {
        // 150,000 x 107.013 / 110.720 = 144,977.87
        Move move = moves.move(estimate("ca", 150_000), model.place("wa"));
        assertTrue(move.fromOffer());
        assertEquals(144_978L, move.carried());
        assertEquals(-3.348, move.priceDifference(), 0.001);
    }

    @Test
    void a_metro_takes_its_states_price_level() {
        // Big City, CA: 150,000 x 97.057 / 110.720 = 131,489.79
        Move move = moves.move(estimate("big-city", 150_000), model.place("tx"));
        assertEquals("CA", move.fromParity().area());
        assertEquals(131_490L, move.carried());
    }

    @Test
    void remote_work_carries_nothing_but_the_destinations_estimate_is_still_given() {
        Move move = moves.move(estimate("remote", 150_000), model.place("wa"));
        assertNull(move.carried());
        assertNull(move.placed());
        assertEquals(estimate("wa", null).base(), move.there().base());
    }

    @Test
    void a_territory_has_no_price_level_to_carry_from() {
        Move move = moves.move(estimate("pr", 150_000), model.place("wa"));
        assertFalse(move.carriedOver());
    }

    @Test
    void the_carried_amount_is_placed_among_pay_there_as_an_offer_there_would_be() {
        Move move = moves.move(estimate("ca", 150_000), model.place("wa"));
        Estimate there = estimate("wa", 144_978);
        assertEquals(there.base(), move.there().base());
        assertEquals(there.offer(), move.placed());
    }

    @Test
    void a_destination_without_a_published_median_gets_the_national_estimate_and_says_so() {
        Move move = moves.move(estimate("ca", null), model.place("tx"));
        assertFalse(move.placedThere());
        assertEquals(estimate("us", null).base().mid(), move.there().base().mid());
    }

    @Test
    void a_destination_with_a_median_is_placed_by_it() {
        assertTrue(moves.move(estimate("us", null), model.place("wa")).placedThere());
    }

    @Test
    void pay_can_be_carried_to_the_states_but_not_the_territories() {
        assertEquals(List.of("CA", "TX", "WA"), moves.destinations().stream().map(Area::code).toList());
    }

    @Test
    void carrying_pay_to_a_territory_is_a_programming_error_the_form_prevents() {
        assertThrows(IllegalArgumentException.class, () -> moves.move(estimate("us", null), model.place("pr")));
    }

    @Test
    void an_estimate_applying_a_small_sample_state_figure_is_flagged() {
        assertEquals("VI", SmallSamples.appliedIn(estimate("vi", null), model.data().oews()).orElseThrow().area());
    }

    @Test
    void an_estimate_applying_a_well_measured_state_figure_is_not_flagged() {
        assertTrue(SmallSamples.appliedIn(estimate("ca", null), model.data().oews()).isEmpty());
    }

    @Test
    void a_national_estimate_applies_no_state_figure_to_flag() {
        assertTrue(SmallSamples.appliedIn(estimate("us", null), model.data().oews()).isEmpty());
    }
}
