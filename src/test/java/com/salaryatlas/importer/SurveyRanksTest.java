package com.salaryatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The percentile rank the quantile mapping reads: the share paid less, ties counted half. */
class SurveyRanksTest {

    private static final List<BigDecimal> PAYS = List.of(10, 20, 20, 30).stream().map(BigDecimal::valueOf).toList();

    @Test
    void a_value_between_pays_ranks_by_the_share_below_it() {
        assertEquals("25.00", SurveyRanks.rank(PAYS, BigDecimal.valueOf(15)));
    }

    @Test
    void pays_equal_to_the_value_count_half() {
        assertEquals("50.00", SurveyRanks.rank(PAYS, BigDecimal.valueOf(20)));
    }

    @Test
    void the_lowest_pay_ranks_at_half_its_own_share() {
        assertEquals("12.50", SurveyRanks.rank(PAYS, BigDecimal.valueOf(10)));
    }

    @Test
    void a_cell_too_small_to_print_has_no_rank() {
        assertEquals("", SurveyRanks.rank(PAYS, null));
    }
}
