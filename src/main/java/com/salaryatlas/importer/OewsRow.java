package com.salaryatlas.importer;

import java.util.Comparator;
import java.util.List;

/** One occupation in one area and industry from one source, as a line of the oews_* data files. */
record OewsRow(String source, String area, String industry, String soc, List<String> cells) {

    static final List<String> COLUMNS = List.of(
            "source", "area", "area_name", "area_type", "industry", "industry_name", "industry_level", "soc", "title",
            "employment", "emp_prse", "jobs_per_1000", "location_quotient",
            "mean", "mean_prse", "p10", "p25", "median", "p75", "p90",
            "h_mean", "h_p10", "h_p25", "h_median", "h_p75", "h_p90",
            "annual_only", "hourly_only", "notes");

    /** The published order; the whole line breaks ties, so the output never depends on the order of the input. */
    static final Comparator<OewsRow> ORDER = Comparator.comparing(OewsRow::source)
            .thenComparing(OewsRow::area)
            .thenComparing(OewsRow::industry)
            .thenComparing(OewsRow::soc)
            .thenComparing(row -> String.join("\u0000", row.cells()));

    OewsRow {
        if (cells.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " cells, got " + cells.size());
        }
        cells = List.copyOf(cells);
    }
}
