package com.salaryatlas.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * BEA's Regional Price Parities by state (the SARPP table, as shipped in SARPP.zip) read into the rows of
 * `price_parities.csv`: line 1 (all items) of every area, every year column the file has. Every data row's shape,
 * FIPS code and line number are checked, kept or not, so a file cut short or of the wrong table stops the import at
 * its `file:line`; the kept rows' figures are checked one by one.
 */
final class RppFile {

    static final String OUTPUT = "price_parities.csv";
    static final List<String> COLUMNS = List.of("source", "area", "area_name", "year", "rpp");

    /**
     * BEA pads fields and puts a space before some quoted ones (` "01000"`); without skipping that space the quotes
     * would stay in the cell.
     */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    private static final List<String> REQUIRED = List.of("GEOFIPS", "GEONAME", "LINECODE", "DESCRIPTION");
    private static final String ALL_ITEMS = "1";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FIPS = Pattern.compile("\\d{5}");
    private static final Pattern LINE_CODE = Pattern.compile("\\d+");
    /** BEA's markers for a figure it does not publish, such as (NA) or (D). */
    private static final Pattern NOT_PUBLISHED = Pattern.compile("\\([A-Z]+\\)");

    /**
     * State FIPS codes to the two-letter codes `oews_states.csv` keys its areas by (US for the nation, as
     * `oews_national.csv` has it), so a state's price level and its wages join on one key. The territories are here
     * because BLS covers them; this file has no rows for them.
     */
    private static final Map<String, String> AREA_OF_FIPS = Map.ofEntries(
            Map.entry("00", "US"), Map.entry("01", "AL"), Map.entry("02", "AK"), Map.entry("04", "AZ"),
            Map.entry("05", "AR"), Map.entry("06", "CA"), Map.entry("08", "CO"), Map.entry("09", "CT"),
            Map.entry("10", "DE"), Map.entry("11", "DC"), Map.entry("12", "FL"), Map.entry("13", "GA"),
            Map.entry("15", "HI"), Map.entry("16", "ID"), Map.entry("17", "IL"), Map.entry("18", "IN"),
            Map.entry("19", "IA"), Map.entry("20", "KS"), Map.entry("21", "KY"), Map.entry("22", "LA"),
            Map.entry("23", "ME"), Map.entry("24", "MD"), Map.entry("25", "MA"), Map.entry("26", "MI"),
            Map.entry("27", "MN"), Map.entry("28", "MS"), Map.entry("29", "MO"), Map.entry("30", "MT"),
            Map.entry("31", "NE"), Map.entry("32", "NV"), Map.entry("33", "NH"), Map.entry("34", "NJ"),
            Map.entry("35", "NM"), Map.entry("36", "NY"), Map.entry("37", "NC"), Map.entry("38", "ND"),
            Map.entry("39", "OH"), Map.entry("40", "OK"), Map.entry("41", "OR"), Map.entry("42", "PA"),
            Map.entry("44", "RI"), Map.entry("45", "SC"), Map.entry("46", "SD"), Map.entry("47", "TN"),
            Map.entry("48", "TX"), Map.entry("49", "UT"), Map.entry("50", "VT"), Map.entry("51", "VA"),
            Map.entry("53", "WA"), Map.entry("54", "WV"), Map.entry("55", "WI"), Map.entry("56", "WY"),
            Map.entry("66", "GU"), Map.entry("72", "PR"), Map.entry("78", "VI"));

    /** One output row; the index is kept as BEA writes it (three decimals), never recomputed. */
    record Parity(String area, String areaName, int year, BigDecimal rpp) {
        static final Comparator<Parity> ORDER = Comparator.comparing(Parity::area).thenComparingInt(Parity::year);
    }

    /** What the file held: its areas' rows, the years it covers and the source id the rows cite. */
    record Read(List<Parity> parities, int firstYear, int lastYear, int areas) {

        /** The release is named by its latest year: BEA's February 2026 release, 2008-2024, is bea-rpp-2024. */
        String source() {
            return "bea-rpp-" + lastYear;
        }

        List<List<String>> cells() {
            return parities.stream().sorted(Parity.ORDER).map(p -> List.of(source(), p.area(), p.areaName(),
                    Integer.toString(p.year()), p.rpp().toPlainString())).toList();
        }
    }

    private RppFile() {
    }

    static Read read(Sheet sheet) {
        Columns columns = new Columns(sheet);
        columns.require(sheet, REQUIRED);
        List<Integer> yearColumns = new ArrayList<>();
        for (int i = 0; i < sheet.header().size(); i++) {
            if (YEAR.matcher(sheet.header().get(i)).matches()) {
                yearColumns.add(i);
            }
        }
        if (yearColumns.isEmpty()) {
            throw new BadInput(sheet.headerWhere(), "no year columns (2008, 2009 ...): not BEA's state RPP file");
        }
        List<Parity> parities = new ArrayList<>();
        Map<String, String> lineOfArea = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            if (isNote(row)) {
                continue;
            }
            if (row.cells().size() != sheet.header().size()) {
                throw new BadInput(row.where(), "has " + row.cells().size() + " fields where the header has "
                        + sheet.header().size());
            }
            String fips = row.cell(columns.find("GEOFIPS"));
            String area = area(row, fips);
            String lineCode = row.cell(columns.find("LINECODE"));
            if (!LINE_CODE.matcher(lineCode).matches()) {
                throw new BadInput(row.where(), "LineCode is '" + lineCode + "', not a line number");
            }
            if (!lineCode.equals(ALL_ITEMS)) {
                continue;
            }
            String description = row.cell(columns.find("DESCRIPTION"));
            if (!description.toLowerCase(Locale.ROOT).contains("all items")) {
                // Line numbers are BEA's; if they were ever renumbered, line 1 would no longer be the one for pay.
                throw new BadInput(row.where(), "LineCode 1 is '" + description + "', not all items");
            }
            String earlier = lineOfArea.putIfAbsent(area, row.where());
            if (earlier != null) {
                throw new BadInput(row.where(), "a second all-items line for GeoFIPS " + fips + " (the first at "
                        + earlier + ")");
            }
            String name = row.cell(columns.find("GEONAME"));
            if (name.isEmpty()) {
                throw new BadInput(row.where(), "GeoName is empty");
            }
            for (int column : yearColumns) {
                BigDecimal rpp = index(row, sheet.header().get(column), row.cell(column));
                if (rpp != null) {
                    parities.add(new Parity(area, name, Integer.parseInt(sheet.header().get(column)), rpp));
                }
            }
        }
        if (parities.isEmpty()) {
            throw new BadInput(sheet.headerWhere(), "no all-items line (LineCode 1) with a published figure");
        }
        int first = parities.stream().mapToInt(Parity::year).min().orElseThrow();
        int last = parities.stream().mapToInt(Parity::year).max().orElseThrow();
        return new Read(List.copyOf(parities), first, last, lineOfArea.size());
    }

    /** BEA ends the file with notes, one quoted line each ("Note: ...", "Last updated: ..."), not data. */
    private static boolean isNote(SheetRow row) {
        return row.cells().size() == 1 && !FIPS.matcher(row.cell(0)).matches();
    }

    private static String area(SheetRow row, String fips) {
        if (!FIPS.matcher(fips).matches()) {
            throw new BadInput(row.where(), "GeoFIPS is '" + fips + "', not a five-digit FIPS code");
        }
        String area = fips.endsWith("000") ? AREA_OF_FIPS.get(fips.substring(0, 2)) : null;
        if (area == null) {
            throw new BadInput(row.where(), "GeoFIPS " + fips + " is not the nation, a state, DC or a territory: "
                    + "expected BEA's state file (SARPP), not its metro file");
        }
        return area;
    }

    /** The cell as an index, or null where BEA marks it unpublished; anything else stops the import. */
    private static BigDecimal index(SheetRow row, String year, String cell) {
        if (NOT_PUBLISHED.matcher(cell).matches()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(cell);
            if (value.signum() > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Falls through to the one message for a cell that is not an index.
        }
        throw new BadInput(row.where(), year + " is '" + cell + "', not a price index");
    }
}
