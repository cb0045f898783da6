package com.salaryatlas.figures;

import com.salaryatlas.dataset.Level;
import com.salaryatlas.web.Option;
import java.util.ArrayList;
import java.util.List;

/** Choices that more than one form offers: the calculator and the inline form on comparison pages. */
public final class Choices {

    private Choices() {
    }

    /** The experience levels, mid level selected. */
    public static List<Option> levels() {
        List<Option> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(new Option(level.slug, level.label + " (" + level.years() + ")", level == Level.MID));
        }
        return levels;
    }
}
