package com.salaryatlas.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void an_occupation_is_named_as_bls_names_it_with_its_code() {
        assertEquals("Software Developers (BLS 15-1252)", Format.occupation("Software Developers", "15-1252"));
    }

    @Test
    void money_is_whole_dollars_with_thousands_separators() {
        assertEquals("$133,080", Format.money(133_080));
        assertEquals("$1,000,005", Format.money(1_000_004.6));
        assertEquals("$999", Format.money(999));
        assertEquals("$0", Format.money(0));
    }

    @Test
    void hourly_pay_keeps_its_cents() {
        assertEquals("$63.98", Format.cents(63.98));
        assertEquals("$38.40", Format.cents(38.4));
        assertEquals("$1,000.05", Format.cents(1000.05));
    }

    @Test
    void percentages_have_one_decimal_unless_whole() {
        assertEquals("14.1%", Format.percent(14.0684));
        assertEquals("30%", Format.percent(30));
        assertEquals("−2.5%", Format.percent(-2.5));
    }

    @Test
    void small_shares_round_the_same_way_and_a_nonzero_share_never_prints_as_zero() {
        assertEquals("under 0.1%", Format.percent(0.01));
        assertEquals("0.2%", Format.percent(0.2));
        assertEquals("0.1%", Format.percent(0.1234));
        assertEquals("0.6%", Format.percent(0.61));
    }

    @Test
    void percentage_ranges_collapse_when_both_ends_agree() {
        assertEquals("5–12%", Format.percentRange(5, 12));
        assertEquals("20%", Format.percentRange(20, 20));
    }

    @Test
    void changes_carry_their_sign() {
        assertEquals("+$1,200", Format.change(1_200));
        assertEquals("−$15", Format.change(-15));
        assertEquals("$0", Format.change(0));
    }

    @Test
    void ordinals_read_as_words_do() {
        assertEquals("1st", Format.ordinal(1));
        assertEquals("12th", Format.ordinal(12));
        assertEquals("22nd", Format.ordinal(22));
        assertEquals("63rd", Format.ordinal(63));
    }

    @Test
    void halves_round_up_as_string_format_rounds_them() {
        assertEquals(String.format(Locale.US, "%.2f", 0.125), Format.decimal(0.125));
    }

    @Test
    void a_negative_value_that_rounds_to_zero_keeps_its_sign_as_string_format_does() {
        assertEquals(String.format(Locale.US, "%.1f", -0.01), Format.oneDecimal(-0.01));
    }

    @Test
    void negative_zero_prints_as_string_format_prints_it() {
        assertEquals(String.format(Locale.US, "%.2f", -0.0), Format.decimal(-0.0));
    }

    @Test
    void not_a_number_prints_as_string_format_prints_it() {
        assertEquals(String.format(Locale.US, "%.2f", Double.NaN), Format.decimal(Double.NaN));
    }
}
