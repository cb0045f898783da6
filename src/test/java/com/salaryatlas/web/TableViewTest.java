package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableViewTest {

    private final Table table = new Table("Pay by state", List.of("State", "Median", "Note", "Workers"),
            List.of(List.of("California", "$150,000", "large", "10,000"), List.of("Texas", "$120,000", "mid", "8,000")), null)
            .withTextColumns(2).withLinks(List.of("/states/california", "/states/texas"));

    @Test
    void the_first_heading_has_no_class() {
        assertNull(table.view().head().get(0).cssClass());
    }

    @Test
    void a_figure_heading_is_right_aligned() {
        assertEquals("num", table.view().head().get(1).cssClass());
    }

    @Test
    void a_text_column_heading_is_not_right_aligned() {
        assertNull(table.view().head().get(2).cssClass());
    }

    @Test
    void a_text_cell_is_classed_text() {
        assertEquals("text", table.view().rows().get(0).cells().get(1).cssClass());
    }

    @Test
    void a_cell_carries_its_column_heading_for_the_card_layout() {
        assertEquals("Workers", table.view().rows().get(1).cells().get(2).label());
    }

    @Test
    void a_row_carries_its_link() {
        assertEquals("/states/texas", table.view().rows().get(1).href());
    }

    @Test
    void a_table_of_more_than_three_columns_lays_out_as_cards() {
        assertEquals(true, table.view().cards());
    }
}
