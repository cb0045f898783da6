package com.salaryatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void numbers_lose_separators_and_trailing_zeros() {
        assertEquals("140886310", Figures.number("140,886,310", "f:2", "TOT_EMP"));
        assertEquals("14.4", Figures.hourlyWage("14.40", 2024, "f:2", "H_PCT25"));
        assertEquals("22", Figures.hourlyWage("22.00", 2024, "f:2", "H_MEDIAN"));
        assertEquals("0", Figures.number("0.0", "f:2", "EMP_PRSE"));
    }

    @Test
    void annual_wages_are_whole_dollars() {
        assertEquals("125720", Figures.annualWage("125720.0", 2024, "f:2", "A_PCT90"));
        assertEquals("125720", Figures.annualWage("125719.9999999", 2024, "f:2", "A_PCT90"));
    }

    @Test
    void a_number_with_misplaced_separators_is_not_a_number() {
        BadInput e = assertThrows(BadInput.class, () -> Figures.number("1,23", "f:7", "TOT_EMP"));
        assertEquals("f:7: TOT_EMP is not a number or an OEWS marker: '1,23'", e.getMessage());
    }

    @Test
    void only_wage_columns_take_the_hash_marker() {
        assertEquals("239200+", Figures.annualWage("#", 2023, "f:2", "A_MEDIAN"));
        assertThrows(BadInput.class, () -> Figures.number("#", "f:2", "TOT_EMP"));
    }

    @Test
    void flags_other_than_true_or_empty_are_refused() {
        assertEquals(true, Figures.flag("true", "f:2", "ANNUAL"));
        assertEquals(false, Figures.flag("", "f:2", "ANNUAL"));
        assertThrows(BadInput.class, () -> Figures.flag("Y", "f:2", "ANNUAL"));
    }
}
