package com.salaryatlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A data table as pages print it: the first column names the row, the others are figures (right-aligned) unless
 * listed in {@code textColumns}. {@code links}, when set, gives each row's first cell a link (null for none).
 */
public record Table(String caption, List<String> head, List<List<String>> rows, String note, List<String> links,
                    Set<Integer> textColumns) {

    public Table(String caption, List<String> head, List<List<String>> rows, String note) {
        this(caption, head, rows, note, null, Set.of());
    }

    public Table withLinks(List<String> hrefs) {
        return new Table(caption, head, rows, note, hrefs, textColumns);
    }

    public Table withTextColumns(Integer... columns) {
        return new Table(caption, head, rows, note, links, Set.of(columns));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public boolean isText(int column) {
        return textColumns.contains(column);
    }

    public String link(int row) {
        return links == null ? null : links.get(row);
    }

    /**
     * The table as its template prints it, every class, link and card label worked out here: an index comparison
     * or a method call per cell in the template was most of a table's rendering time.
     */
    public View view() {
        List<Heading> headings = new ArrayList<>(head.size());
        for (int i = 0; i < head.size(); i++) {
            headings.add(new Heading(head.get(i), i > 0 && !isText(i) ? "num" : null));
        }
        List<Row> printed = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<Cell> cells = new ArrayList<>(row.size());
            for (int i = 1; i < row.size(); i++) {
                cells.add(new Cell(row.get(i), isText(i) ? "text" : "num", head.get(i)));
            }
            printed.add(new Row(row.get(0), link(r), cells));
        }
        return new View(caption, note, head.size() > 3, headings, printed);
    }

    /** What the table fragment prints; {@code cards} lays a wide table out as one card per row on a phone. */
    public record View(String caption, String note, boolean cards, List<Heading> head, List<Row> rows) {
    }

    /** A column heading and its class ("num" for a figure column, null for none). */
    public record Heading(String text, String cssClass) {
    }

    /** A row: the cell that names it (linked when {@code href} is set) and its other cells. */
    public record Row(String label, String href, List<Cell> cells) {
    }

    /** One cell, its class ("text" or "num") and the heading a phone's card shows beside it. */
    public record Cell(String text, String cssClass, String label) {
    }
}
