package com.salaryatlas.guides;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.Fixtures;
import com.salaryatlas.TestSite;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /methodology's worked example, redone from the figures the page prints, gives what /api/estimate answers to the
 * dollar: the page's published percentiles and the survey ranks it prints are all a reader needs.
 */
class MethodologyExampleTest {

    private static TestSite site;
    private static String text;
    private static JsonNode api;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.servingRealContent();
        text = site.get("/methodology").body().replaceAll("<[^>]+>", "").replace("&nbsp;", " ");
        api = new ObjectMapper().readTree(site.get("/api/estimate?role=software-developer&level=mid&location=ca").body());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The five published points step 1 prints, 10th to 90th. */
    private static double[] published() {
        String step = between("1. The distribution.", "2. The survey cell.");
        List<Double> money = new ArrayList<>();
        Matcher m = Pattern.compile("\\$([0-9,]+)").matcher(step);
        while (m.find()) {
            money.add(Double.parseDouble(m.group(1).replace(",", "")));
        }
        return money.stream().limit(5).mapToDouble(Double::doubleValue).toArray();
    }

    /** The three percentiles step 3 prints: the cell's p25, median and p75 ranks. */
    private static double[] ranks() {
        Matcher m = Pattern.compile("rank at percentiles ([0-9.]+), ([0-9.]+) and ([0-9.]+)")
                .matcher(between("3. The cell", "4. Pay at those percentiles"));
        if (!m.find()) {
            throw new AssertionError("step 3 prints no ranks");
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
    }

    private static String between(String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        if (start < 0 || end < 0) {
            throw new AssertionError("no section from '" + from + "' to '" + to + "'");
        }
        return text.substring(start, end);
    }

    /** The step 4 rule as the page states it: a straight line between the two published points around p. */
    private static double payAt(double[] points, double p) {
        double[] ps = {10, 25, 50, 75, 90};
        if (p <= ps[0]) {
            return points[0];
        }
        for (int i = 1; i < ps.length; i++) {
            if (p <= ps[i]) {
                return points[i - 1] + (p - ps[i - 1]) / (ps[i] - ps[i - 1]) * (points[i] - points[i - 1]);
            }
        }
        return points[4];
    }

    private static long inCalifornia(int rank) {
        double ratio = Fixtures.contentModel().places().ratio("15-1252", "CA").orElseThrow().ratio();
        return Math.round(payAt(published(), ranks()[rank]) * ratio);
    }

    @Test
    void the_examples_low_end_equals_the_apis() {
        assertEquals(inCalifornia(0), api.get("low").asLong());
    }

    @Test
    void the_examples_middle_equals_the_apis() {
        assertEquals(inCalifornia(1), api.get("mid").asLong());
    }

    @Test
    void the_examples_high_end_equals_the_apis() {
        assertEquals(inCalifornia(2), api.get("high").asLong());
    }

    @Test
    void the_page_publishes_every_job_type_of_the_populations_map() throws Exception {
        String map = between("The map of occupations to survey job types.", "Step 5:");
        List<String> missing = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("content/data/survey_populations.csv")))) {
            for (var row : parser) {
                String devtype = row.get("devtype").replace("&", "&amp;");
                if (!map.contains(row.get("soc")) || !devtype.isEmpty() && !map.contains(devtype)) {
                    missing.add(row.get("soc") + " " + devtype);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
