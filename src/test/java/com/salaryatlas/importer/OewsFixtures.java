package com.salaryatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small files in the official OEWS layout, written the way BLS writes them, and a way to run the importer on them. */
final class OewsFixtures {

    /**
     * The header row of national_M2021_dl.xlsx … national_M2025_dl.xlsx, state_M2024, nat4d_M2024 and natsector_M2024
     * as BLS ships them (the five national files turned out to share this exact row).
     */
    static final List<String> OFFICIAL_HEADER = List.of(
            "AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE", "OCC_CODE",
            "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT",
            "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10",
            "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY");

    private OewsFixtures() {
    }

    /** Software developers, national, cross-industry, May 2024 (from the official file), with some cells replaced. */
    static Map<String, String> row(String... replacements) {
        Map<String, String> row = new LinkedHashMap<>();
        String[] values = {
            "99", "U.S.", "1", "US", "000000", "Cross-industry", "cross-industry", "1235", "15-1252",
            "Software Developers", "detailed", "1654440", "0.7", "", "", "", "",
            "69.50", "144570", "0.6", "38.39", "49.55", "63.98", "81.25", "101.66", "79850",
            "103050", "133080", "169000", "211450", "", ""};
        for (int i = 0; i < OFFICIAL_HEADER.size(); i++) {
            row.put(OFFICIAL_HEADER.get(i), values[i]);
        }
        for (int i = 0; i < replacements.length; i += 2) {
            if (!row.containsKey(replacements[i])) {
                throw new IllegalArgumentException("no column " + replacements[i]);
            }
            row.put(replacements[i], replacements[i + 1]);
        }
        return row;
    }

    /** A state row: Data Scientists in Delaware (AREA_TYPE 2) or a territory (AREA_TYPE 3). */
    static Map<String, String> stateRow(String state, String title, String areaType, String... replacements) {
        List<String> all = new ArrayList<>(List.of("AREA", "10", "AREA_TITLE", title, "AREA_TYPE", areaType,
                "PRIM_STATE", state, "OCC_CODE", "15-2051", "OCC_TITLE", "Data Scientists", "JOBS_1000", "1.129",
                "LOC_QUOTIENT", "0.75"));
        all.addAll(Arrays.asList(replacements));
        return row(all.toArray(String[]::new));
    }

    /** An industry row (nat4d or natsector): private ownership, one NAICS industry. */
    static Map<String, String> industryRow(String naics, String naicsTitle, String level, String... replacements) {
        List<String> all = new ArrayList<>(List.of("NAICS", naics, "NAICS_TITLE", naicsTitle, "I_GROUP", level,
                "OWN_CODE", "5", "PCT_TOTAL", "2.6", "PCT_RPT", "23"));
        all.addAll(Arrays.asList(replacements));
        return row(all.toArray(String[]::new));
    }

    /** A workbook like BLS's: the data sheet first, named after the file, then a notes sheet; numbers as numbers. */
    static Path xlsx(Path dir, String name, List<String> header, List<Map<String, String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(name.replaceFirst("\\.xlsx$", ""));
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.size(); c++) {
                    String value = rows.get(r).getOrDefault(header.get(c).toUpperCase(), "");
                    if (value.matches("-?\\d+(\\.\\d+)?") && !header.get(c).toUpperCase().matches(".*(AREA|NAICS|CODE).*")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.createSheet("Field Descriptions").createRow(0).createCell(0).setCellValue("Field");
            workbook.write(out);
        }
        return file;
    }

    static Path xlsx(Path dir, String name, List<Map<String, String>> rows) throws IOException {
        return xlsx(dir, name, OFFICIAL_HEADER, rows);
    }

    /** A CSV with the official columns, as the rows of an official file are saved from a spreadsheet. */
    static Path csv(Path dir, String name, List<Map<String, String>> rows) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", OFFICIAL_HEADER)).append('\n');
        for (Map<String, String> row : rows) {
            text.append(OFFICIAL_HEADER.stream().map(c -> quoted(row.get(c))).collect(Collectors.joining(",")))
                    .append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String quoted(String value) {
        return value.contains(",") ? '"' + value + '"' : value;
    }

    /** What one run of the importer said and returned. */
    record Run(int exitCode, String out, String err) {

        Run succeeded() {
            assertEquals(0, exitCode, err);
            return this;
        }
    }

    static Run importInto(Path content, Path... files) {
        List<String> args = new ArrayList<>(List.of("--content", content.toString()));
        Arrays.stream(files).map(Path::toString).forEach(args::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportOews.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The data rows of an output file, each as a map from column name to cell. */
    static List<Map<String, String>> output(Path content, String file) throws IOException {
        String text = Files.readString(content.resolve("data").resolve(file));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }
}
