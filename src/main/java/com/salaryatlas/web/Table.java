package com.salaryatlas.web;

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
}
