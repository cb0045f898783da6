package com.salaryatlas.importer;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The four kinds of official OEWS file the importer reads, and how to tell them apart. */
enum FileKind {
    NATIONAL("national", "national", "national, cross-industry", "oes_nat.htm", "oews_national.csv"),
    STATES("state", "states", "states and territories, cross-industry", "oessrcst.htm", "oews_states.csv"),
    INDUSTRIES("nat4d", "industries", "national, by 4-digit industry", "oessrci.htm", "oews_industries.csv"),
    SECTORS("natsector", "sectors", "national, by industry sector", "oessrci.htm", "oews_industries.csv");

    final String filePrefix;
    final String idWord;
    final String scope;
    final String tablePage;
    final String output;

    FileKind(String filePrefix, String idWord, String scope, String tablePage, String output) {
        this.filePrefix = filePrefix;
        this.idWord = idWord;
        this.scope = scope;
        this.tablePage = tablePage;
        this.output = output;
    }

    boolean crossIndustryOnly() {
        return this == NATIONAL || this == STATES;
    }

    /**
     * The kind named by the file name (BLS names its files `national_`, `state_`, `nat4d_`, `natsector_`), else the
     * kind shown by the rows. A name wins over the rows: a national file may hold rows the importer leaves out.
     */
    static FileKind of(Sheet sheet, Columns columns) {
        FileKind byName = fromName(sheet.name());
        FileKind kind = byName != null ? byName : fromRows(sheet, columns);
        if (kind == null) {
            throw new BadInput(sheet.headerWhere(), "cannot tell what kind of OEWS file this is: expected a national, "
                    + "state, nat4d or natsector file (by its name, or by its AREA_TYPE, NAICS and I_GROUP columns)");
        }
        return kind;
    }

    private static FileKind fromName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (FileKind kind : values()) {
            if (name.startsWith(kind.filePrefix + "_")) {
                return kind;
            }
        }
        return null;
    }

    /** Null when the rows do not settle it: no rows, or a mixture (e.g. the all-data file). */
    private static FileKind fromRows(Sheet sheet, Columns columns) {
        if (sheet.rows().isEmpty()) {
            return null;
        }
        Set<String> groups = distinct(sheet, columns.find("I_GROUP"));
        groups.remove("cross-industry");
        Set<String> industries = distinct(sheet, columns.find("NAICS"));
        industries.remove("000000");
        Set<String> areaTypes = distinct(sheet, columns.find("AREA_TYPE"));
        if (!groups.isEmpty()) {
            if (!Set.of("1").containsAll(areaTypes)) {
                return null;
            }
            return groups.equals(Set.of("sector")) ? SECTORS : groups.equals(Set.of("4-digit")) ? INDUSTRIES : null;
        }
        if (!industries.isEmpty()) {
            return null;
        }
        if (areaTypes.isEmpty() || areaTypes.equals(Set.of("1"))) {
            return NATIONAL;
        }
        return Set.of("2", "3").containsAll(areaTypes) ? STATES : null;
    }

    private static Set<String> distinct(Sheet sheet, int column) {
        Set<String> values = new TreeSet<>();
        if (column >= 0) {
            for (SheetRow row : sheet.rows()) {
                String value = row.cell(column).toLowerCase(Locale.ROOT);
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
