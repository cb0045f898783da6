package com.salaryatlas.dataset;

import java.util.List;
import java.util.Map;

/** One CSV row whose accessors fail with the file and line, so a bad dataset names the cell to fix. */
final class CsvRow {

    private final String file;
    private final int number;
    private final List<String> cells;
    private final Map<String, Integer> header;

    /** Record {@code number} of the file's data records, counted from 1, the header not counted. */
    CsvRow(String file, int number, List<String> cells, Map<String, Integer> header) {
        this.file = file;
        this.number = number;
        this.cells = cells;
        this.header = header;
    }

    String where() {
        // Line 1 is the header, so record n sits on line n + 1.
        return file + ":" + (number + 1);
    }

    DatasetException error(String message) {
        return new DatasetException(where() + ": " + message);
    }

    boolean has(String column) {
        return header.containsKey(column);
    }

    /** The cell, trimmed, or null when empty. */
    String text(String column) {
        Integer index = header.get(column);
        if (index == null) {
            throw new DatasetException(file + ":1: missing column '" + column + "'");
        }
        if (index >= cells.size()) {
            throw error("row has " + cells.size() + " cells, expected a value for '" + column + "'");
        }
        String value = cells.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            throw error("'" + column + "' is empty");
        }
        return value;
    }

    Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw error("'" + column + "' is '" + value + "', not a whole number");
        }
    }

    Double decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw error("'" + column + "' is '" + value + "', not a number");
        }
    }

    String oneOf(String column, String... allowed) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw error("'" + column + "' is '" + value + "'; expected one of " + String.join(", ", allowed));
    }
}
