package com.salaryatlas;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A survey_pay.csv read straight from its rows, without the dataset loader, so tests can work a language's lift out
 * on their own: each band's median over all developers' median in the same band and year, weighted by the group's
 * answers, over the bands where both cells have figures.
 */
public final class SurveyCsv {

    /** A recomputed lift: the weighted ratio and the answers it rests on. */
    public record Lift(double ratio, long n) {
    }

    private static final String[][] BANDS = {{"0", "2"}, {"3", "5"}, {"6", "10"}, {"11", "15"}, {"16", "20"}, {"21", ""}};

    private final List<CSVRecord> rows;

    private SurveyCsv(List<CSVRecord> rows) {
        this.rows = rows;
    }

    public static SurveyCsv read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return new SurveyCsv(new ArrayList<>(parser.getRecords()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Lift lift(String year, String grouping, String group) {
        double weighted = 0;
        long n = 0;
        for (String[] band : BANDS) {
            CSVRecord mine = cell(year, grouping, group, band);
            CSVRecord all = cell(year, "all", "all", band);
            if (mine == null || all == null || mine.get("median").isEmpty() || all.get("median").isEmpty()) {
                continue;
            }
            long answers = Long.parseLong(mine.get("n"));
            weighted += answers * Double.parseDouble(mine.get("median")) / Double.parseDouble(all.get("median"));
            n += answers;
        }
        return new Lift(n == 0 ? Double.NaN : weighted / n, n);
    }

    private CSVRecord cell(String year, String grouping, String group, String[] band) {
        return rows.stream().filter(r -> r.get("survey_year").equals(year) && r.get("grouping").equals(grouping)
                && r.get("group").equals(group) && r.get("years_from").equals(band[0])
                && r.get("years_to").equals(band[1])).findFirst().orElse(null);
    }
}
