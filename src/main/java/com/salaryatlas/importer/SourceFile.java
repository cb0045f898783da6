package com.salaryatlas.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One input file as a row of `oews_sources.csv`: what it is, which May it describes, where BLS publishes it. */
record SourceFile(FileKind kind, int year, String fileName) {

    static final List<String> COLUMNS = List.of(
            "id", "publisher", "title", "url", "reference_period", "published", "sample_size", "measures", "file");

    private static final Pattern YEAR = Pattern.compile("_M(\\d{4})(?=[_.])", Pattern.CASE_INSENSITIVE);

    private static final String MEASURES = "Employment and wages reported by employers in the OEWS establishment "
            + "survey: straight-time gross pay of wage and salary workers (base pay plus commissions, production "
            + "bonuses and tips), without overtime, non-production bonuses, equity or employer-paid benefits; annual "
            + "wages are hourly rates times 2,080 hours unless only annual wages are published.";

    static SourceFile of(Sheet sheet, FileKind kind) {
        // Neither the rows nor the columns carry the year; BLS puts it only in the file name (`_M2024_`).
        Matcher year = YEAR.matcher(sheet.name());
        if (!year.find()) {
            throw new BadInput(sheet.headerWhere(), "cannot tell the survey year: expected _M<year>_ in the file name, "
                    + "as in " + kind.filePrefix + "_M2024_dl.xlsx");
        }
        return new SourceFile(kind, Integer.parseInt(year.group(1)), sheet.name());
    }

    String id() {
        return "bls-oews-" + kind.idWord + "-" + year;
    }

    String referencePeriod() {
        return "May " + year;
    }

    List<String> cells() {
        return List.of(
                id(),
                "U.S. Bureau of Labor Statistics",
                "Occupational Employment and Wage Statistics (OEWS), " + referencePeriod() + ": " + kind.scope,
                "https://www.bls.gov/oes/" + year + "/may/" + kind.tablePage,
                referencePeriod(),
                // Release date and sample size are not in the files; left blank rather than guessed.
                "",
                "",
                MEASURES,
                fileName);
    }
}
