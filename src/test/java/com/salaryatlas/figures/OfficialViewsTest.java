package com.salaryatlas.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.estimate.PriceLevels;
import com.salaryatlas.web.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backend guide's state table on the real dataset: the official top ten and every state the secondary guide quoted. */
class OfficialViewsTest {

    private final Fixtures.Model model = Fixtures.contentModel();
    private final OfficialViews views = new OfficialViews(model.data(), model.places(), new PriceLevels(model.data()));
    private final Table table = views.topStatesWithQuoted(model.role("backend-developer"), 10);

    private List<String> row(String state) {
        return table.rows().stream().filter(r -> r.get(0).equals(state)).findFirst().orElseThrow(() ->
                new AssertionError(state + " is not in the table"));
    }

    @Test
    void every_state_the_secondary_guide_listed_has_a_row() {
        List<String> states = table.rows().stream().map(r -> r.get(0)).toList();
        for (Location l : model.data().locations()) {
            if (l.type().equals("state")) {
                assertTrue(states.contains(l.name()), l.name());
            }
        }
    }

    @Test
    void each_of_the_guides_ten_rows_shows_its_quoted_figure() {
        assertEquals(10, table.rows().stream().filter(r -> !r.get(4).equals("not listed")).count());
    }

    @Test
    void a_state_outside_the_official_top_ten_shows_its_official_rank_beside_the_quote() {
        assertEquals("$143,870", row("New Jersey").get(4), "the guide's New Jersey figure");
        assertTrue(row("New Jersey").get(2).matches("[0-9]+(st|nd|rd|th)"), row("New Jersey").toString());
    }

    @Test
    void the_chart_draws_one_bar_for_each_row_of_the_table() {
        var chart = views.topStatesChart("chart-states", model.role("backend-developer"), 10);
        assertEquals(table.rows().size(), chart.labels().size());
        assertEquals(chart.labels().size(), chart.series().get(0).values().size());
    }
}
