package com.salaryatlas.web;

import java.util.List;

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

    /** The JSON the page embeds for static/js/charts.js. */
    public String json() {
        return JsonWriter.write(json -> {
            json.writeStartObject();
            json.writeStringField("kind", kind);
            json.writeStringField("format", format);
            json.writeStringField("title", title);
            JsonWriter.strings(json, "labels", labels);
            json.writeArrayFieldStart("series");
            for (Series s : series) {
                json.writeStartObject();
                json.writeStringField("label", s.label());
                JsonWriter.numbers(json, "values", s.values());
                if (s.lows() != null) {
                    JsonWriter.numbers(json, "lows", s.lows());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            JsonWriter.strings(json, "head", tableHead);
            json.writeArrayFieldStart("rows");
            for (List<String> row : tableRows) {
                json.writeStartArray();
                for (String cell : row) {
                    json.writeString(cell);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeStringField("summary", summary);
            json.writeEndObject();
        });
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
