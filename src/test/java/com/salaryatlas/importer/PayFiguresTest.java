package com.salaryatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The percentile definition stated in PayFigures and content/data/README.md. */
class PayFiguresTest {

    private static List<BigDecimal> pays(long... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void the_median_of_an_odd_count_is_the_middle_value() {
        assertEquals(BigDecimal.valueOf(20), PayFigures.quartile(pays(10, 20, 90), 2));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        assertEquals(BigDecimal.valueOf(25), PayFigures.quartile(pays(10, 20, 30, 90), 2));
    }

    @Test
    void a_median_halfway_between_two_dollars_rounds_up() {
        assertEquals(BigDecimal.valueOf(100_001), PayFigures.quartile(pays(100_000, 100_001), 2));
    }

    @Test
    void the_10th_percentile_interpolates_between_order_statistics_like_the_quartiles() {
        // h = (4 - 1) * 0.10 = 0.3: 0 + 0.3 * (10 - 0)
        assertEquals(BigDecimal.valueOf(3), PayFigures.percentile(pays(0, 10, 20, 30), 10));
    }

    @Test
    void the_90th_percentile_interpolates_between_order_statistics_like_the_quartiles() {
        // h = (4 - 1) * 0.90 = 2.7: 20 + 0.7 * (30 - 20)
        assertEquals(BigDecimal.valueOf(27), PayFigures.percentile(pays(0, 10, 20, 30), 90));
    }

    @Test
    void the_25th_percentile_interpolates_between_order_statistics() {
        assertEquals(BigDecimal.valueOf(8), PayFigures.quartile(pays(0, 10, 20, 30), 1));
    }

    @Test
    void the_75th_percentile_interpolates_between_order_statistics() {
        assertEquals(BigDecimal.valueOf(23), PayFigures.quartile(pays(0, 10, 20, 30), 3));
    }

    @Test
    void a_percentile_on_an_order_statistic_is_that_value() {
        assertEquals(BigDecimal.valueOf(10), PayFigures.quartile(pays(0, 10, 20, 30, 40), 1));
    }

    @Test
    void the_figures_do_not_depend_on_the_order_of_the_pays() {
        List<BigDecimal> sorted = IntStream.rangeClosed(1, 40).mapToObj(i -> BigDecimal.valueOf(i * 1_000L)).toList();
        List<BigDecimal> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);

        assertEquals(PayFigures.of(sorted), PayFigures.of(shuffled));
    }

    @Test
    void twenty_nine_pays_give_no_figures() {
        assertNull(PayFigures.of(Collections.nCopies(29, BigDecimal.TEN)).median());
    }

    @Test
    void thirty_pays_give_figures() {
        assertEquals(BigDecimal.TEN, PayFigures.of(Collections.nCopies(30, BigDecimal.TEN)).median());
    }
}
