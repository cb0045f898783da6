package com.salaryatlas.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as the dataset's files are written (by the importers, with Commons CSV): cells split by commas,
 * records by LF or CRLF, a quoted cell holding commas, line breaks and doubled quotes; empty lines skipped. Read here,
 * in one pass over the file's text, because the site reads 1.2 MB of it before its first page, mostly before the JIT
 * has compiled anything: Commons CSV's layers of readers and tokens were the largest part of the dataset's start
 * samples, and reading the dataset went from 0.91–0.96 s to 0.78–0.89 s without them. {@code CsvTextTest} holds this
 * reader to Commons CSV's reading of every file in content/data.
 */
final class CsvText {

    private final String file;
    private final String text;
    private int at;

    private CsvText(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Every record of {@code text}, the header first; {@code file} names it in a message about broken quoting. */
    static List<List<String>> records(String file, String text) {
        return new CsvText(file, text).records();
    }

    private List<List<String>> records() {
        List<List<String>> records = new ArrayList<>();
        while (at < text.length()) {
            if (endOfLine()) {
                continue;
            }
            List<String> record = new ArrayList<>();
            // A cell ends at a comma (another cell follows) or a line break (the record ends; a CR of a CRLF is
            // stepped over here and its LF as an empty line).
            do {
                record.add(cell());
            } while (at < text.length() && text.charAt(at++) == ',');
            records.add(record);
        }
        return records;
    }

    /** Steps over a line break at the cursor, if one is there. */
    private boolean endOfLine() {
        char c = text.charAt(at);
        if (c == '\n') {
            at++;
            return true;
        }
        if (c == '\r') {
            at++;
            if (at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
            return true;
        }
        return false;
    }

    /** The cell at the cursor, which is left on the comma or line break after it (or the end). */
    private String cell() {
        int start = at;
        if (at < text.length() && text.charAt(at) == '"') {
            StringBuilder cell = new StringBuilder();
            at++;
            while (true) {
                if (at >= text.length()) {
                    throw broken(start, "a quoted cell is not closed");
                }
                char c = text.charAt(at++);
                if (c != '"') {
                    cell.append(c);
                } else if (at < text.length() && text.charAt(at) == '"') {
                    cell.append('"');
                    at++;
                } else {
                    break;
                }
            }
            if (at < text.length() && !isBreak(text.charAt(at))) {
                throw broken(start, "text after a quoted cell's closing quote");
            }
            return cell.toString();
        }
        while (at < text.length() && !isBreak(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }

    private static boolean isBreak(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    private DatasetException broken(int from, String problem) {
        int line = 1;
        for (int i = 0; i < from; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new DatasetException(file + ":" + line + ": not valid CSV (" + problem + ")");
    }
}
