package com.salaryatlas.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The fixed-point formats print exactly what String.format printed before them. */
class FormatProperties {

    @Property(tries = 5000)
    void two_decimals_read_as_string_format_reads_them(@ForAll @DoubleRange(min = -1e7, max = 1e7) double value) {
        assertEquals(String.format(Locale.US, "%.2f", value), Format.decimal(value));
    }

    @Property(tries = 5000)
    void one_decimal_reads_as_string_format_reads_it(@ForAll @DoubleRange(min = -1e7, max = 1e7) double value) {
        assertEquals(String.format(Locale.US, "%.1f", value), Format.oneDecimal(value));
    }

    @Property(tries = 5000)
    void small_ratios_round_as_string_format_rounds_them(@ForAll @DoubleRange(min = 0, max = 3) double value) {
        assertEquals(String.format(Locale.US, "%.2f", value), Format.decimal(value));
    }
}
