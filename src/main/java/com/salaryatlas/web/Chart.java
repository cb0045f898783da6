package com.salaryatlas.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart as the page carries it: data for static/js/charts.js in a JSON block, a one-sentence summary,
 * and the same numbers as a table, so the page is complete without JavaScript and to a screen reader.
 *
 * @param kind bar (vertical, grouped), hbar (horizontal, grouped) or range (horizontal low–high bars)
 * @param format how the script labels values: money or percent
 * @param tableShownNearby whether a visible table beside the chart already gives its figures
 */
public record Chart(String id, String kind, String title, String summary, String format, List<String> labels,
                    List<Series> series, List<String> tableHead, List<List<String>> tableRows, boolean tableShownNearby) {

    public Chart(String id, String kind, String title, String summary, String format, List<String> labels,
                 List<Series> series, List<String> tableHead, List<List<String>> tableRows) {
        this(id, kind, title, summary, format, labels, series, tableHead, tableRows, false);
    }

    /** For a chart printed next to a visible table of the same figures: the page does not repeat the table. */
    public Chart besideItsTable() {
        return new Chart(id, kind, title, summary, format, labels, series, tableHead, tableRows, true);
    }

    /** For a chart placed on its own (in an article): the page prints its table under it. */
    public Chart withItsTable() {
        return new Chart(id, kind, title, summary, format, labels, series, tableHead, tableRows, false);
    }

    /** One data set; {@code lows} is set only for range charts, where {@code values} are the highs. */
    public record Series(String label, List<Double> values, List<Double> lows) {
        public static Series of(String label, List<Double> values) {
            return new Series(label, values, null);
        }
    }

    /** Made when a page first needs it, not when the site starts. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The JSON the page embeds; '<' is escaped so the block can never close its script element early. */
    public String json() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", kind);
        data.put("format", format);
        data.put("title", title);
        data.put("labels", labels);
        data.put("series", series.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", s.label());
            m.put("values", s.values());
            if (s.lows() != null) {
                m.put("lows", s.lows());
            }
            return m;
        }).toList());
        data.put("head", tableHead);
        data.put("rows", tableRows);
        data.put("summary", summary);
        try {
            return Json.MAPPER.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Horizontal charts with many bars need room for every label. */
    public String heightClass() {
        int bars = labels.size() * (kind.equals("hbar") ? Math.max(1, series.size()) : 1);
        if (kind.equals("bar") || bars <= 10) {
            return "";
        }
        return bars <= 20 ? "chart__canvas--tall" : "chart__canvas--xtall";
    }

    /** The chart's numbers as the table printed beside it. */
    public Table table() {
        return new Table(title, tableHead, tableRows, null);
    }

}
