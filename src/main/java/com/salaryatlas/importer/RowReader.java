package com.salaryatlas.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Picks the wanted rows of one OEWS file and turns them into output rows. */
final class RowReader {

    /** The occupations the site writes about; the 15-12xx detailed computer occupations are matched by pattern. */
    private static final Set<String> OCCUPATIONS = Set.of(
            "00-0000", "15-0000", "11-3021", "15-2031", "15-2041", "15-2051", "17-2061");
    /** Detailed SOC codes never end in 0; those that do (15-1200, 15-1210 …) are minor or broad groups. */
    private static final Pattern DETAILED_COMPUTER = Pattern.compile("15-12\\d[1-9]");

    private static final List<String> ALWAYS = List.of(
            "OCC_CODE", "OCC_TITLE", "TOT_EMP", "A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90",
            "H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90");
    private static final List<String> FOR_STATES = List.of("AREA_TYPE", "PRIM_STATE", "AREA_TITLE");
    private static final List<String> FOR_INDUSTRIES = List.of("NAICS", "NAICS_TITLE", "I_GROUP");

    private static final List<String> ANNUAL_WAGES = List.of("A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90");
    private static final List<String> HOURLY_WAGES =
            List.of("H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90");

    private final Sheet sheet;
    private final Columns columns;
    private final SourceFile source;

    private RowReader(Sheet sheet, Columns columns, SourceFile source) {
        this.sheet = sheet;
        this.columns = columns;
        this.source = source;
    }

    static List<OewsRow> read(Sheet sheet, Columns columns, SourceFile source) {
        columns.require(sheet, ALWAYS);
        if (source.kind() == FileKind.STATES) {
            columns.require(sheet, FOR_STATES);
        } else if (!source.kind().crossIndustryOnly()) {
            columns.require(sheet, FOR_INDUSTRIES);
        }
        return new RowReader(sheet, columns, source).rows();
    }

    static boolean wanted(String soc) {
        return OCCUPATIONS.contains(soc) || DETAILED_COMPUTER.matcher(soc).matches();
    }

    private List<OewsRow> rows() {
        // Cross-industry files list an occupation published only at the broad level twice (broad and detailed);
        // one row per area and code is kept, the detailed one, else the first in the file.
        Map<String, Candidate> kept = new LinkedHashMap<>();
        List<OewsRow> all = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            if (!wanted(text(row, "OCC_CODE")) || !inScope(row)) {
                continue;
            }
            OewsRow out = convert(row);
            if (!source.kind().crossIndustryOnly()) {
                all.add(out);
                continue;
            }
            Candidate candidate = new Candidate(out, text(row, "O_GROUP").equalsIgnoreCase("detailed"));
            kept.merge(out.area() + " " + out.soc(), candidate, (old, now) -> !old.detailed() && now.detailed() ? now : old);
        }
        kept.values().forEach(candidate -> all.add(candidate.row()));
        return all;
    }

    private record Candidate(OewsRow row, boolean detailed) {
    }

    /** National and state figures are the cross-industry, all-ownership ones; industry files are kept whole. */
    private boolean inScope(SheetRow row) {
        if (!source.kind().crossIndustryOnly()) {
            return true;
        }
        String group = text(row, "I_GROUP");
        String naics = text(row, "NAICS");
        String owner = text(row, "OWN_CODE");
        return (group.isEmpty() || group.equalsIgnoreCase("cross-industry"))
                && (naics.isEmpty() || naics.equals("000000"))
                && (owner.isEmpty() || owner.equals("1235"));
    }

    private OewsRow convert(SheetRow row) {
        String where = row.where();
        int year = source.year();
        String area = area(row);
        String areaType = areaType(row);
        boolean crossIndustry = source.kind().crossIndustryOnly()
                || text(row, "I_GROUP").equalsIgnoreCase("cross-industry");
        String industry = crossIndustry ? "000000" : required(row, "NAICS");
        List<String> cells = new ArrayList<>(OewsRow.COLUMNS.size());
        cells.add(source.id());
        cells.add(area);
        cells.add(areaType.equals("national") && text(row, "AREA_TITLE").isEmpty() ? "U.S." : text(row, "AREA_TITLE"));
        cells.add(areaType);
        cells.add(industry);
        cells.add(crossIndustry ? "Cross-industry" : text(row, "NAICS_TITLE"));
        cells.add(crossIndustry ? "cross-industry" : required(row, "I_GROUP").toLowerCase(Locale.ROOT));
        cells.add(text(row, "OCC_CODE"));
        cells.add(text(row, "OCC_TITLE"));
        for (String column : List.of("TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT")) {
            cells.add(Figures.number(text(row, column), where, column));
        }
        cells.add(Figures.annualWage(text(row, "A_MEAN"), year, where, "A_MEAN"));
        cells.add(Figures.number(text(row, "MEAN_PRSE"), where, "MEAN_PRSE"));
        for (String column : ANNUAL_WAGES) {
            cells.add(Figures.annualWage(text(row, column), year, where, column));
        }
        for (String column : HOURLY_WAGES) {
            cells.add(Figures.hourlyWage(text(row, column), year, where, column));
        }
        cells.add(Figures.flag(text(row, "ANNUAL"), where, "ANNUAL") ? "yes" : "");
        cells.add(Figures.flag(text(row, "HOURLY"), where, "HOURLY") ? "yes" : "");
        cells.add(Figures.fewReporting(text(row, "PCT_RPT"), where, "PCT_RPT")
                ? "fewer than 0.5% of establishments reported this occupation" : "");
        return new OewsRow(source.id(), area, industry, text(row, "OCC_CODE"), cells);
    }

    private String area(SheetRow row) {
        if (source.kind() != FileKind.STATES) {
            return "US";
        }
        String state = required(row, "PRIM_STATE").toUpperCase(Locale.ROOT);
        if (!state.matches("[A-Z]{2}")) {
            throw new BadInput(row.where(), "PRIM_STATE should be a two-letter code, not '" + state + "'");
        }
        return state;
    }

    private String areaType(SheetRow row) {
        String type = text(row, "AREA_TYPE");
        if (source.kind() == FileKind.STATES) {
            return switch (type) {
                case "2" -> "state";
                case "3" -> "territory";
                default -> throw new BadInput(row.where(), "AREA_TYPE should be 2 (state) or 3 (territory) in a state "
                        + "file, not '" + type + "'");
            };
        }
        if (!type.isEmpty() && !type.equals("1")) {
            throw new BadInput(row.where(), "AREA_TYPE should be 1 (U.S.) in a " + source.kind().filePrefix
                    + " file, not '" + type + "'");
        }
        return "national";
    }

    private String text(SheetRow row, String column) {
        return row.cell(columns.find(column));
    }

    private String required(SheetRow row, String column) {
        String value = text(row, column);
        if (value.isEmpty()) {
            throw new BadInput(row.where(), column + " is empty");
        }
        return value;
    }
}
