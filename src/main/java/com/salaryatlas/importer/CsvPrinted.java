package com.salaryatlas.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV text written by commons-csv, in the site's data file style: `\n` line ends, quotes only where a cell needs
 * them (RFC 4180's minimal quoting), no byte-order mark.
 */
final class CsvPrinted {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvPrinted() {
    }

    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            // A StringBuilder does not fail to append; this is only the printer's checked signature.
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
