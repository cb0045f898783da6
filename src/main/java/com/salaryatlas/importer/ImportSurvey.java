package com.salaryatlas.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * `import-survey --content DIR FILE...`: reads the Stack Overflow Developer Survey files of U.S. respondents with
 * pay (one file for each of 2023, 2024 and 2025, as in shared/data/so-survey) and writes their pay by group and
 * experience band to DIR/data/survey_pay.csv, and where each band's pay ranks within each occupation's survey
 * population (DIR/data/survey_populations.csv, written by hand) to DIR/data/survey_ranks.csv. Aggregates only: no
 * respondent's row leaves this command. Every run rewrites both files from all three years, so give all three each
 * time; nothing is written unless every file reads cleanly.
 */
public final class ImportSurvey {

    static final String OUTPUT = "survey_pay.csv";
    static final String USAGE = "usage: import-survey --content DIR FILE...   (FILE: the 2023, 2024 and 2025 survey "
            + "files of U.S. respondents with pay, .csv, the year in each file's name)";

    private ImportSurvey() {
    }

    /** Runs `import-survey --content DIR FILE...`; returns the process exit code (0 ok, 1 cannot write, 2 bad input). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return ImportCommand.runMany("import-survey", USAGE, args, out, err, (content, files, log) -> read(files,
                SurveyRanks.populations(load(content.resolve("data").resolve(SurveyRanks.POPULATIONS))), log));
    }

    /** Reads every file before anything is written, and returns each output file's text by its name. */
    private static Map<String, String> read(List<Path> files, Map<String, Set<String>> populations, PrintStream out) {
        Map<SurveyYear, Path> fileOfYear = new EnumMap<>(SurveyYear.class);
        List<Respondent> respondents = new ArrayList<>();
        for (Path file : files) {
            SurveyReader.Read read = SurveyReader.read(load(file));
            Path earlier = fileOfYear.putIfAbsent(read.year(), file);
            if (earlier != null) {
                // Two files of one year would count its respondents twice.
                throw new BadInput(file.toString(), "holds the " + read.year().label + " survey, as does " + earlier);
            }
            out.println("import-survey: " + file + ": " + read.year().label + " survey, " + read.rows() + " rows, "
                    + read.counted().size() + " counted");
            respondents.addAll(read.counted());
        }
        for (SurveyYear year : SurveyYear.values()) {
            if (!fileOfYear.containsKey(year)) {
                // The file is rewritten whole: a missing year would drop its rows and change the pooled ones.
                throw new BadInput("the files given", "no file for the " + year.label + " survey: give one file for "
                        + "each of 2023, 2024 and 2025");
            }
        }
        return Map.of(OUTPUT, CsvPrinted.of(SurveyPay.COLUMNS, SurveyPay.rows(respondents)),
                SurveyRanks.OUTPUT, CsvPrinted.of(SurveyRanks.COLUMNS, SurveyRanks.rows(respondents, populations)));
    }

    private static Sheet load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInput(file.toString(), "no such file");
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new BadInput(file.toString(), "unknown file kind: expected a survey .csv file");
        }
        return CsvSheet.read(file);
    }
}
