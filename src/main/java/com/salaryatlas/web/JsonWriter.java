package com.salaryatlas.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON that a page embeds in a script block, written field by field with jackson-core's generator: the fields come
 * out in the order written on every start (a {@code Map.of} does not keep one), and no page needs Jackson's object
 * mapper, several hundred classes to load and warm before the first page that carries a chart or structured data.
 * '<' is escaped, so the block can never close its script element early.
 */
public final class JsonWriter {

    /** What writes one value: an object, a list or a plain value. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** Made when a page first needs it, not when the site starts. */
    private static final class Factory {
        static final JsonFactory JSON = new JsonFactory();
    }

    private JsonWriter() {
    }

    static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Factory.JSON.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace("<", "\\u003c");
    }

    /** A list of strings, or null. */
    public static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeFieldName(field);
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** A list of numbers (a missing one written as null), or null. */
    public static void numbers(JsonGenerator json, String field, List<Double> values) throws IOException {
        json.writeFieldName(field);
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (Double value : values) {
            if (value == null) {
                json.writeNull();
            } else {
                json.writeNumber(value);
            }
        }
        json.writeEndArray();
    }
}
