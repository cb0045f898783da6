package com.salaryatlas.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BLS's occupational projections (Employment Projections, table 1.2 "Occupational projections and worker
 * characteristics", saved as CSV cell for cell) read into the rows of `projections.csv`: the all-occupations total and
 * each occupation the site has a role for. Every row's code, type and shape is checked, kept or not, so a file cut
 * short or of another table stops the import at its `file:line`; the kept rows' figures are checked one by one.
 */
final class EpFile {

    static final String OUTPUT = "projections.csv";
    static final List<String> COLUMNS = List.of("source", "soc", "title", "year_from", "year_to", "employment_from",
            "employment_to", "change", "change_pct", "self_employed_pct", "openings", "education", "work_experience",
            "training");
    static final String ALL_OCCUPATIONS = "00-0000";

    /** The table's columns carry the years in their names; each pattern must match exactly one header cell. */
    private static final Pattern TITLE = Pattern.compile("(\\d{4}) National Employment Matrix title");
    private static final Pattern CODE = Pattern.compile("(\\d{4}) National Employment Matrix code");
    private static final Pattern TYPE = Pattern.compile("Occupation type");
    private static final Pattern EMPLOYMENT = Pattern.compile("Employment, (\\d{4})");
    private static final Pattern CHANGE = Pattern.compile("Employment change, numeric, (\\d{4})[\u2013-](\\d{2})");
    private static final Pattern CHANGE_PCT = Pattern.compile("Employment change, percent, (\\d{4})[\u2013-](\\d{2})");
    private static final Pattern SELF_EMPLOYED = Pattern.compile("Percent self employed, (\\d{4})");
    private static final Pattern OPENINGS = Pattern.compile(
            "Occupational openings, (\\d{4})[\u2013-](\\d{2}) annual average");
    private static final Pattern EDUCATION = Pattern.compile("Typical education needed for entry");
    private static final Pattern EXPERIENCE = Pattern.compile("Work experience in a related occupation");
    private static final Pattern TRAINING = Pattern.compile(
            "Typical on-the-job training needed to attain competency in the occupation");
    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final Set<String> TYPES = Set.of("Line item", "Summary");
    /** BLS's mark for a value it does not publish ("Data is unavailable for values denoted with a —"). */
    private static final String UNAVAILABLE = "\u2014";

    /** One output row: the figures as BLS prints them, in thousands of jobs and percent, never recomputed. */
    record Projection(String soc, String title, BigDecimal employmentFrom, BigDecimal employmentTo, BigDecimal change,
                      BigDecimal changePct, BigDecimal selfEmployedPct, BigDecimal openings, String education,
                      String workExperience, String training) {
    }

    /** What the file held: the kept rows, the decade, and the codes the site asked for that the table lacks. */
    record Read(List<Projection> projections, int from, int to, int rowsRead, List<String> missing) {

        /** The release is named by its decade: the 2024-34 projections are bls-ep-occupations-2024-34. */
        String source() {
            return "bls-ep-occupations-" + from + "-" + String.format("%02d", to % 100);
        }

        List<List<String>> cells() {
            return projections.stream().sorted(Comparator.comparing(Projection::soc)).map(p -> List.of(source(),
                    p.soc(), p.title(), Integer.toString(from), Integer.toString(to), text(p.employmentFrom()),
                    text(p.employmentTo()), text(p.change()), text(p.changePct()), text(p.selfEmployedPct()),
                    text(p.openings()), p.education(), p.workExperience(), p.training())).toList();
        }

        private static String text(BigDecimal value) {
            return value == null ? "" : value.toPlainString();
        }
    }

    private EpFile() {
    }

    /** Reads the table, keeping the all-occupations row and the rows of {@code socs} (the site's occupations). */
    static Read read(Sheet sheet, Set<String> socs) {
        Map<Pattern, Integer> at = new LinkedHashMap<>();
        Map<Pattern, Matcher> named = new HashMap<>();
        List<Pattern> employment = new ArrayList<>();
        for (Pattern p : List.of(TITLE, CODE, TYPE, CHANGE, CHANGE_PCT, SELF_EMPLOYED, OPENINGS, EDUCATION, EXPERIENCE,
                TRAINING)) {
            find(sheet, p, at, named);
        }
        List<Integer> employmentColumns = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < sheet.header().size(); i++) {
            Matcher m = EMPLOYMENT.matcher(sheet.header().get(i));
            if (m.matches()) {
                employmentColumns.add(i);
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        if (employmentColumns.size() != 2 || years.get(0) >= years.get(1)) {
            throw new BadInput(sheet.headerWhere(), "expected two columns 'Employment, <year>', the base year then "
                    + "the projected year; found " + employmentColumns.size() + ": not BLS's occupational projections table");
        }
        int from = years.get(0);
        int to = years.get(1);
        String decade = from + "\u2013" + String.format("%02d", to % 100);
        for (Pattern p : List.of(CHANGE, CHANGE_PCT, OPENINGS)) {
            Matcher m = named.get(p);
            if (Integer.parseInt(m.group(1)) != from || Integer.parseInt(m.group(2)) != to % 100) {
                throw new BadInput(sheet.headerWhere(), "column '" + m.group() + "' is not for " + decade
                        + ", the decade of the employment columns");
            }
        }
        for (Pattern p : List.of(CODE, TITLE, SELF_EMPLOYED)) {
            if (Integer.parseInt(named.get(p).group(1)) != from) {
                throw new BadInput(sheet.headerWhere(), "column '" + named.get(p).group() + "' is not for " + from
                        + ", the base year");
            }
        }
        List<Projection> kept = new ArrayList<>();
        Map<String, String> lineOfCode = new HashMap<>();
        int read = 0;
        for (SheetRow row : sheet.rows()) {
            if (row.cells().size() != sheet.header().size()) {
                throw new BadInput(row.where(), "has " + row.cells().size() + " fields where the header has "
                        + sheet.header().size());
            }
            read++;
            String soc = row.cell(at.get(CODE));
            if (!SOC.matcher(soc).matches()) {
                throw new BadInput(row.where(), "the code is '" + soc + "', not an occupation code like 15-1252");
            }
            String type = row.cell(at.get(TYPE));
            if (!TYPES.contains(type)) {
                throw new BadInput(row.where(), "the occupation type is '" + type + "', not Line item or Summary");
            }
            String earlier = lineOfCode.putIfAbsent(soc, row.where());
            if (earlier != null) {
                throw new BadInput(row.where(), "a second row for " + soc + " (the first at " + earlier + ")");
            }
            // Every figure is checked, kept or not: a shifted or mistyped cell anywhere means the file is not BLS's.
            Projection p = new Projection(soc, required(row, at.get(TITLE), "title"),
                    number(row, sheet, employmentColumns.get(0), false),
                    number(row, sheet, employmentColumns.get(1), false),
                    number(row, sheet, at.get(CHANGE), false),
                    number(row, sheet, at.get(CHANGE_PCT), false),
                    number(row, sheet, at.get(SELF_EMPLOYED), true),
                    number(row, sheet, at.get(OPENINGS), false),
                    words(row, at.get(EDUCATION)), words(row, at.get(EXPERIENCE)), words(row, at.get(TRAINING)));
            if (p.employmentFrom().signum() < 0 || p.employmentTo().signum() < 0 || p.openings().signum() < 0) {
                throw new BadInput(row.where(), "employment and openings cannot be negative");
            }
            boolean wanted = soc.equals(ALL_OCCUPATIONS) || socs.contains(soc);
            if (wanted && soc.equals(ALL_OCCUPATIONS) != type.equals("Summary")) {
                throw new BadInput(row.where(), soc + " is a " + type + " row: expected the all-occupations total "
                        + "as the one summary kept, every occupation as a line item");
            }
            if (wanted) {
                kept.add(p);
            }
        }
        if (!lineOfCode.containsKey(ALL_OCCUPATIONS)) {
            throw new BadInput(sheet.headerWhere(), "no row " + ALL_OCCUPATIONS + " (total, all occupations)");
        }
        Set<String> missing = new TreeSet<>(socs);
        missing.removeAll(lineOfCode.keySet());
        return new Read(List.copyOf(kept), from, to, read, List.copyOf(missing));
    }

    private static void find(Sheet sheet, Pattern pattern, Map<Pattern, Integer> at, Map<Pattern, Matcher> named) {
        for (int i = 0; i < sheet.header().size(); i++) {
            Matcher m = pattern.matcher(sheet.header().get(i));
            if (m.matches()) {
                if (at.putIfAbsent(pattern, i) != null) {
                    throw new BadInput(sheet.headerWhere(), "column '" + m.group() + "' appears twice");
                }
                named.put(pattern, m);
            }
        }
        if (!at.containsKey(pattern)) {
            throw new BadInput(sheet.headerWhere(), "missing column '" + pattern.pattern()
                    .replace("(\\d{4})", "YYYY").replace("[\u2013-](\\d{2})", "\u2013YY") + "'");
        }
    }

    private static String required(SheetRow row, int column, String name) {
        String value = row.cell(column);
        if (value.isEmpty() || value.equals(UNAVAILABLE)) {
            throw new BadInput(row.where(), "the " + name + " is empty");
        }
        return value;
    }

    /** A published word ("Bachelor's degree"), or blank where BLS prints its dash. */
    private static String words(SheetRow row, int column) {
        String value = row.cell(column);
        return value.equals(UNAVAILABLE) ? "" : value;
    }

    /** The cell as a number; {@code optional} allows BLS's dash (no row ever has an empty figure otherwise). */
    private static BigDecimal number(SheetRow row, Sheet sheet, int column, boolean optional) {
        String cell = row.cell(column);
        if (optional && cell.equals(UNAVAILABLE)) {
            return null;
        }
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw new BadInput(row.where(), "'" + sheet.header().get(column) + "' is '" + cell + "', not a number");
        }
    }
}
