package com.salaryatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Small survey files with each year's real header line, and a way to run import-survey on them. */
final class SurveyFixtures {

    /** The header lines of the shared files (and of the excerpts in src/test/resources/so-survey). */
    static final List<String> HEADER_2023 = List.of("source_row", "Age", "Employment", "RemoteWork", "EdLevel",
            "YearsCode", "YearsCodePro", "WorkExp", "DevType", "OrgSize", "ICorPM", "Industry", "Salary",
            "LanguageHaveWorkedWith", "DatabaseHaveWorkedWith", "PlatformHaveWorkedWith", "WebframeHaveWorkedWith",
            "ToolsTechHaveWorkedWith", "MiscTechHaveWorkedWith");
    static final List<String> HEADER_2024 = List.of("ResponseId", "MainBranch", "Age", "RemoteWork", "EdLevel",
            "YearsCode", "YearsCodePro", "DevType", "OrgSize", "Country", "Currency", "CompTotal",
            "ConvertedCompYearly", "R_in_LanguageHaveWorkedWith_tidytuesday_flag");
    static final List<String> HEADER_2025 = List.of("source_row_index", "Country", "EdLevel", "YearsCode",
            "DevType_first_item", "ConvertedCompYearly", "LanguageHaveWorkedWith");

    private SurveyFixtures() {
    }

    /** A 2023 row: a full-stack developer paid $150,000 with 7 professional years; pairs of column, value replace. */
    static Map<String, String> row2023(String... replacements) {
        return row(HEADER_2023, List.of("1", "25-34", "Employed, full-time", "Remote", "Bachelor's degree", "12", "7",
                "7", "Developer, full-stack", "100-499", "Individual contributor", "", "150000", "Python;SQL", "",
                "", "", "", ""), replacements);
    }

    /** A 2024 row: a developer by profession, full-stack, paid $150,000 with 7 professional years. */
    static Map<String, String> row2024(String... replacements) {
        return row(HEADER_2024, List.of("1", SurveyYear.DEVELOPER_BY_PROFESSION, "25-34 years old", "Remote",
                "Bachelor’s degree (B.A., B.S., B.Eng., etc.)", "12", "7", "Developer, full-stack",
                "100 to 499 employees", "United States of America", "USD\tUnited States dollar", "150000", "150000",
                "0"), replacements);
    }

    /** A 2025 row: full-stack, paid $150,000, 7 years coding. */
    static Map<String, String> row2025(String... replacements) {
        return row(HEADER_2025, List.of("1", "United States of America", "Bachelor’s degree (B.A., B.S., B.Eng., etc.)",
                "7", "Developer, full-stack", "150000", "Python;SQL"), replacements);
    }

    private static Map<String, String> row(List<String> header, List<String> values, String... replacements) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), values.get(i));
        }
        for (int i = 0; i < replacements.length; i += 2) {
            if (!row.containsKey(replacements[i])) {
                throw new IllegalArgumentException("no column " + replacements[i]);
            }
            row.put(replacements[i], replacements[i + 1]);
        }
        return row;
    }

    /** The same row n times. */
    static List<Map<String, String>> times(int n, Map<String, String> row) {
        return Collections.nCopies(n, row);
    }

    /** A survey file with the header of the rows' year, written by commons-csv with CRLF lines as shipped. */
    static Path file(Path dir, String name, List<Map<String, String>> rows) throws IOException {
        List<String> header = name.contains("2023") ? HEADER_2023 : name.contains("2024") ? HEADER_2024 : HEADER_2025;
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (Map<String, String> row : rows) {
                printer.printRecord(header.stream().map(c -> Objects.requireNonNull(row.get(c), c)).toList());
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** What one run of the importer said and returned. */
    record Run(int exitCode, String out, String err) {

        Run succeeded() {
            assertEquals(0, exitCode, err);
            return this;
        }
    }

    /**
     * Runs import-survey into {@code content}; a content folder without an occupations-to-DevTypes map gets a copy of
     * the site's own (content/data/survey_populations.csv), which the ranks file needs.
     */
    static Run importInto(Path content, Path... files) {
        Path map = content.resolve("data").resolve(SurveyRanks.POPULATIONS);
        try {
            if (Files.isDirectory(content) && !Files.exists(map)) {
                Files.createDirectories(map.getParent());
                Files.copy(Path.of("content/data").resolve(SurveyRanks.POPULATIONS), map);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of("--content", content.toString()));
        Arrays.stream(files).map(Path::toString).forEach(args::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportSurvey.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Imports three years of rows (each year may be empty) and returns survey_pay.csv's rows. */
    static List<Map<String, String>> imported(Path dir, List<Map<String, String>> y2023, List<Map<String, String>> y2024,
                                              List<Map<String, String>> y2025) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        importInto(content, file(dir, "so_2023_us_usd.csv", y2023), file(dir, "so_2024_us_comp.csv", y2024),
                file(dir, "so_2025_us_comp.csv", y2025)).succeeded();
        return OewsFixtures.output(content, ImportSurvey.OUTPUT);
    }

    /**
     * The row of one cell: survey year, grouping, group and the band's first year ("" for the whole group; "11+"
     * for the open staff band, to tell it from 11–15).
     */
    static Map<String, String> cell(List<Map<String, String>> rows, String year, String grouping, String group,
                                    String band) {
        String from = band.endsWith("+") ? band.substring(0, band.length() - 1) : band;
        return rows.stream()
                .filter(r -> r.get("survey_year").equals(year) && r.get("grouping").equals(grouping)
                        && r.get("group").equals(group) && r.get("years_from").equals(from)
                        && (band.equals("11+") ? r.get("years_to").isEmpty() : !from.equals("11") || !r.get("years_to").isEmpty()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + year + "/" + grouping + "/" + group + "/" + band));
    }

    /** The cell's n. */
    static int n(List<Map<String, String>> rows, String year, String grouping, String group, String band) {
        return Integer.parseInt(cell(rows, year, grouping, group, band).get("n"));
    }
}
