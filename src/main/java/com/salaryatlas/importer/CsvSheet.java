package com.salaryatlas.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file (an OEWS table saved as CSV, a survey file): header in the first line, one record per row. */
final class CsvSheet {

    private CsvSheet() {
    }

    static Sheet read(Path file) {
        return read(file, CSVFormat.RFC4180);
    }

    /** The same with another dialect: BEA pads before its quotes, BLS's flat files are tab-separated. */
    static Sheet read(Path file, CSVFormat format) {
        String label = file.toString();
        String text = readText(file, label);
        List<String> header = null;
        List<SheetRow> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                // Record numbers drift from line numbers when a quoted cell holds a line break, so count them.
                String where = label + ":" + lines.lineAt(record.getCharacterPosition());
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (header == null) {
                    header = cells;
                } else if (!isBlank(cells)) {
                    rows.add(new SheetRow(where, cells));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BadInput(label, "not a readable CSV file (" + e.getMessage() + ")");
        }
        if (header == null) {
            throw new BadInput(label, "empty file");
        }
        return new Sheet(file.getFileName().toString(), label + ":1", header, rows);
    }

    private static String readText(Path file, String label) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // Spreadsheet programs put a byte-order mark in front of the first column name.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new BadInput(label, "cannot read (" + e.getMessage() + ")");
        }
    }

    /** Line numbers of ascending character positions, counted in one pass over the text. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long target) {
            for (; position < target && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isEmpty);
    }
}
