package com.salaryatlas.importer;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * The CPI-U series CUUR0000SA0 (U.S. city average, all items, not seasonally adjusted, 1982-84 = 100) as cut from
 * BLS's flat file `cu.data.1.AllItems`, read into the rows of `cpi_may.csv`: each year's May value, because OEWS
 * figures refer to May. Every row is checked, kept or not, so a broken file stops the import at its `file:line`.
 */
final class CpiFile {

    static final String OUTPUT = "cpi_may.csv";
    static final List<String> COLUMNS = List.of("source", "year", "cpi_u");

    /** BLS's flat files are tab-separated with padded cells (and padded headers); CsvSheet strips the padding. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter('\t').get();

    /** The one series the site deflates with; another (seasonally adjusted, a region, an item) would mislead. */
    static final String SERIES = "CUUR0000SA0";
    static final String MAY = "M05";

    private static final List<String> REQUIRED = List.of("SERIES_ID", "YEAR", "PERIOD", "VALUE");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** M01-M12 are months, M13 the annual average. */
    private static final Pattern PERIOD = Pattern.compile("M(0[1-9]|1[0-3])");

    /** What the file held: its rows, and each year's May value (by year, so the output is in year order). */
    record Read(int rows, SortedMap<Integer, BigDecimal> may) {

        Read {
            may = Collections.unmodifiableSortedMap(new TreeMap<>(may));
        }

        /** The series is named by its latest May: the file to September 2025 is bls-cpi-u-2025. */
        String source() {
            return "bls-cpi-u-" + lastYear();
        }

        int firstYear() {
            return may.firstKey();
        }

        int lastYear() {
            return may.lastKey();
        }

        List<List<String>> cells() {
            return may.entrySet().stream().map(e -> List.of(source(), e.getKey().toString(),
                    e.getValue().toPlainString())).toList();
        }
    }

    private CpiFile() {
    }

    static Read read(Sheet sheet) {
        Columns columns = new Columns(sheet);
        columns.require(sheet, REQUIRED);
        TreeMap<Integer, BigDecimal> may = new TreeMap<>();
        Map<Integer, String> lineOfMay = new TreeMap<>();
        for (SheetRow row : sheet.rows()) {
            if (row.cells().size() != sheet.header().size()) {
                throw new BadInput(row.where(), "has " + row.cells().size() + " fields where the header has "
                        + sheet.header().size());
            }
            String series = row.cell(columns.find("SERIES_ID"));
            if (!series.equals(SERIES)) {
                throw new BadInput(row.where(), "series_id is '" + series + "': the importer reads " + SERIES
                        + " (CPI-U, U.S. city average, all items, not seasonally adjusted) only");
            }
            String yearCell = row.cell(columns.find("YEAR"));
            if (!YEAR.matcher(yearCell).matches()) {
                throw new BadInput(row.where(), "year is '" + yearCell + "', not a year");
            }
            String period = row.cell(columns.find("PERIOD"));
            if (!PERIOD.matcher(period).matches()) {
                throw new BadInput(row.where(), "period is '" + period + "': expected M01-M12 or M13");
            }
            BigDecimal value = value(row, row.cell(columns.find("VALUE")));
            if (period.equals(MAY)) {
                int year = Integer.parseInt(yearCell);
                String earlier = lineOfMay.putIfAbsent(year, row.where());
                if (earlier != null) {
                    throw new BadInput(row.where(), "a second May " + year + " (the first at " + earlier + ")");
                }
                may.put(year, value);
            }
        }
        if (may.isEmpty()) {
            throw new BadInput(sheet.headerWhere(), "no May (M05) value in the file");
        }
        return new Read(sheet.rows().size(), may);
    }

    private static BigDecimal value(SheetRow row, String cell) {
        try {
            BigDecimal value = new BigDecimal(cell);
            if (value.signum() > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Falls through to the one message for a cell that is not an index.
        }
        throw new BadInput(row.where(), "value is '" + cell + "', not a price index");
    }
}
