package com.salaryatlas.web;

import java.util.List;
import java.util.function.Predicate;

/** One choice of a select or a checkbox list, and whether the visitor's input selects it. */
public record Option(String value, String label, boolean selected) {

    public Option(String value, String label) {
        this(value, label, false);
    }

    public Option select(boolean on) {
        return on == selected ? this : new Option(value, label, on);
    }

    /** The same options with exactly those the predicate accepts selected. */
    public static List<Option> mark(List<Option> options, Predicate<String> on) {
        return options.stream().map(o -> o.select(on.test(o.value()))).toList();
    }

    /** Options under a heading (an optgroup or a fieldset). */
    public record Group(String label, List<Option> options) {
    }
}
