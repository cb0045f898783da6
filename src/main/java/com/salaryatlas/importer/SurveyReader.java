package com.salaryatlas.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one survey file, as it is shipped, into the respondents who count (issue 19): pay from $10,000 to
 * $1,000,000 inclusive, and in 2024 only developers by profession. Every row is checked, counted or not, so a broken
 * file stops the import at its `file:line` whichever row it is.
 */
final class SurveyReader {

    static final BigDecimal LOWEST_PAY = BigDecimal.valueOf(10_000);
    static final BigDecimal HIGHEST_PAY = BigDecimal.valueOf(1_000_000);

    /** The cut the importer is for; a row of any other country means the wrong file was given. */
    static final String UNITED_STATES = "United States of America";

    /** The official files' words for the ends of the years scale; the reductions already have 0 and 51. */
    private static final Map<String, BigDecimal> YEARS_WORDS = Map.of(
            "less than 1 year", BigDecimal.ZERO, "more than 50 years", BigDecimal.valueOf(51));

    /** What one file held: its year, how many rows it had, and the respondents who count. */
    record Read(SurveyYear year, int rows, List<Respondent> counted) {
    }

    private final Sheet sheet;
    private final SurveyYear year;
    private final Columns columns;

    private SurveyReader(Sheet sheet, SurveyYear year) {
        this.sheet = sheet;
        this.year = year;
        this.columns = new Columns(sheet);
    }

    static Read read(Sheet sheet) {
        SurveyReader reader = new SurveyReader(sheet, SurveyYear.of(sheet));
        return new Read(reader.year, sheet.rows().size(), reader.respondents());
    }

    private List<Respondent> respondents() {
        List<String> required = new ArrayList<>(List.of(year.payColumn, year.yearsColumn));
        if (year.developersByProfessionOnly) {
            required.add("MainBranch");
        }
        required.addAll(year.groupColumns.values());
        for (String name : required) {
            if (position(name) < 0) {
                throw new BadInput(sheet.headerWhere(), "missing column " + name + " (a " + year.label
                        + " survey file needs " + String.join(", ", required) + ")");
            }
        }
        List<Respondent> counted = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Respondent respondent = respondent(row);
            if (respondent != null) {
                counted.add(respondent);
            }
        }
        return counted;
    }

    /** The row as a respondent, or null when it does not count; a row that cannot be read stops the import. */
    private Respondent respondent(SheetRow row) {
        if (row.cells().size() != sheet.header().size()) {
            throw new BadInput(row.where(), "has " + row.cells().size() + " fields where the header has "
                    + sheet.header().size());
        }
        int country = position("Country");
        if (country >= 0 && !row.cell(country).equals(UNITED_STATES)) {
            throw new BadInput(row.where(), "Country is '" + row.cell(country) + "': the importer reads the U.S. "
                    + "respondents' files only");
        }
        BigDecimal pay = number(row, year.payColumn);
        BigDecimal years = years(row);
        Map<Grouping, List<String>> groups = new EnumMap<>(Grouping.class);
        year.groupColumns.forEach((grouping, column) -> groups.put(grouping, labels(grouping, text(row, column))));
        boolean developer = !year.developersByProfessionOnly
                || text(row, "MainBranch").equals(SurveyYear.DEVELOPER_BY_PROFESSION);
        if (pay == null || !developer || pay.compareTo(LOWEST_PAY) < 0 || pay.compareTo(HIGHEST_PAY) > 0) {
            return null;
        }
        return new Respondent(year, pay, years, groups);
    }

    /** A group label as the survey wrote it; languages are one answer listing several, split on `;`, each once. */
    private static List<String> labels(Grouping grouping, String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        if (grouping != Grouping.LANGUAGE) {
            return List.of(cell);
        }
        Set<String> languages = new LinkedHashSet<>();
        for (String language : cell.split(";")) {
            if (!language.strip().isEmpty()) {
                languages.add(language.strip());
            }
        }
        return List.copyOf(languages);
    }

    private BigDecimal years(SheetRow row) {
        String raw = text(row, year.yearsColumn);
        BigDecimal words = YEARS_WORDS.get(raw.toLowerCase(Locale.ROOT));
        if (words != null) {
            return words;
        }
        BigDecimal years = number(row, year.yearsColumn);
        if (years != null && years.signum() < 0) {
            throw new BadInput(row.where(), year.yearsColumn + " is negative: '" + raw + "'");
        }
        return years;
    }

    /** A number cell: null when empty (not answered), and a stop at anything that is not a number. */
    private BigDecimal number(SheetRow row, String column) {
        String raw = text(row, column);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new BadInput(row.where(), column + " is not a number: '" + raw + "'");
        }
    }

    /** A cell's answer; the official files write an unanswered question as NA, the reductions leave it empty. */
    private String text(SheetRow row, String column) {
        String cell = row.cell(position(column));
        return cell.equals("NA") ? "" : cell;
    }

    /** {@link Columns} keys names in upper case, as BLS files need; the survey's names are matched the same way. */
    private int position(String column) {
        return columns.find(column.toUpperCase(Locale.ROOT));
    }
}
