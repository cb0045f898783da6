package com.salaryatlas.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Stack Overflow survey years the importer knows, and issue 19's rules for each: which column is pay, which is
 * years, who counts, and which columns give the groups. The survey renames and reshapes its questions every year, so
 * a new year needs its rules written here rather than guessed.
 */
enum SurveyYear {
    // 2023's reduction keeps CompTotal, already cut to USD, under the name Salary.
    Y2023("2023", "Salary", "YearsCodePro", false, columns(
            Grouping.DEVTYPE, "DevType", Grouping.ORGSIZE, "OrgSize", Grouping.REMOTE, "RemoteWork",
            Grouping.LANGUAGE, "LanguageHaveWorkedWith")),
    // The 2024 reduction is TidyTuesday's single-answer table: no language columns.
    Y2024("2024", "ConvertedCompYearly", "YearsCodePro", true, columns(
            Grouping.DEVTYPE, "DevType", Grouping.ORGSIZE, "OrgSize", Grouping.REMOTE, "RemoteWork")),
    // 2025 has years coding (YearsCode), not professional years, and only the first answer of DevType.
    Y2025("2025", "ConvertedCompYearly", "YearsCode", false, columns(
            Grouping.DEVTYPE, "DevType_first_item", Grouping.LANGUAGE, "LanguageHaveWorkedWith"));

    /** The only answer of 2024's MainBranch that counts: developers by profession. */
    static final String DEVELOPER_BY_PROFESSION = "I am a developer by profession";

    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

    final String label;
    final String payColumn;
    final String yearsColumn;
    /** Whether only MainBranch = {@link #DEVELOPER_BY_PROFESSION} counts (2024); other years count every row. */
    final boolean developersByProfessionOnly;
    /** The groupings this year has beyond `all`, each with the column that holds its labels. */
    final Map<Grouping, String> groupColumns;

    SurveyYear(String label, String payColumn, String yearsColumn, boolean developersByProfessionOnly,
               Map<Grouping, String> groupColumns) {
        this.label = label;
        this.payColumn = payColumn;
        this.yearsColumn = yearsColumn;
        this.developersByProfessionOnly = developersByProfessionOnly;
        this.groupColumns = groupColumns;
    }

    /**
     * The year a file holds, from its name: neither the rows nor the columns say it, and the columns cannot tell the
     * official files of 2023 and 2024 apart.
     */
    static SurveyYear of(Sheet sheet) {
        Matcher year = YEAR_IN_NAME.matcher(sheet.name());
        if (!year.find()) {
            throw new BadInput(sheet.headerWhere(), "cannot tell the survey year: expected the year in the file name, "
                    + "as in so_2024_us_comp.csv");
        }
        return byLabel(year.group(1)).orElseThrow(() -> new BadInput(sheet.headerWhere(), "no rules for the "
                + year.group(1) + " survey: the importer knows 2023, 2024 and 2025 (see SurveyYear)"));
    }

    static Optional<SurveyYear> byLabel(String label) {
        for (SurveyYear year : values()) {
            if (year.label.equals(label)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    private static Map<Grouping, String> columns(Object... pairs) {
        Map<Grouping, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Grouping) pairs[i], (String) pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
