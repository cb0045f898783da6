package com.salaryatlas.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The salary dataset's CSV files as the site publishes them: the files in content/data, read once (they do not change
 * while a build runs), each with its bytes, row count, ETag and data dictionary. Only names found in the folder are
 * ever served, so no request can name a path of its own.
 */
public final class DataFiles {

    /** One column: its name in the header and what it means; meaning is null when the dictionary has none. */
    public record Column(String name, String meaning) {
    }

    /** One file: what a row is, its columns in header order, how many rows (the header not counted). */
    public record DataFile(String name, String about, List<Column> columns, int rows, byte[] bytes, String etag) {

        public String href() {
            return "/data/" + name;
        }

        public String size() {
            return bytes.length < 10_240 ? String.format("%,d bytes", bytes.length)
                    : String.format("%,d KB", Math.round(bytes.length / 1024.0));
        }
    }

    /** What the dictionary says about one file: what a row is, and each column's meaning. */
    record Entry(String about, Map<String, String> columns) {
    }

    static final String DICTIONARY = "opendata/dictionary.yaml";

    private final Map<String, DataFile> files;

    private DataFiles(Map<String, DataFile> files) {
        this.files = files;
    }

    /** Reads every *.csv in {@code folder}, in the dictionary's order (files it does not know last, by name). */
    public static DataFiles read(Path folder) {
        Map<String, Entry> dictionary = dictionary();
        List<String> order = new ArrayList<>(dictionary.keySet());
        List<Path> csvs;
        try (Stream<Path> listing = Files.list(folder)) {
            csvs = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted(Comparator
                    .comparing((Path p) -> order.contains(name(p)) ? order.indexOf(name(p)) : Integer.MAX_VALUE)
                    .thenComparing(DataFiles::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
        Map<String, DataFile> files = new LinkedHashMap<>();
        for (Path csv : csvs) {
            String name = name(csv);
            Entry entry = dictionary.getOrDefault(name, new Entry(null, Map.of()));
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(csv);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + csv, e);
            }
            files.put(name, describe(name, bytes, entry));
        }
        return new DataFiles(files);
    }

    public List<DataFile> all() {
        return List.copyOf(files.values());
    }

    /** The file of that exact name, if the folder has it. */
    public Optional<DataFile> file(String name) {
        return Optional.ofNullable(name).map(files::get);
    }

    private static DataFile describe(String name, byte[] bytes, Entry entry) {
        List<Column> columns = new ArrayList<>();
        int rows = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get())) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    for (String column : record) {
                        String c = column.strip().replace("\uFEFF", "");
                        columns.add(new Column(c, entry.columns().get(c)));
                    }
                } else if (!(record.size() == 1 && record.get(0).isBlank())) {
                    rows++;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("content/data/" + name + " is not a CSV file the site can publish: " + e.getMessage(), e);
        }
        return new DataFile(name, entry.about(), List.copyOf(columns), rows, bytes, etag(bytes));
    }

    /** The dictionary resource: file name → what a row is and each column's meaning. */
    static Map<String, Entry> dictionary() {
        JsonNode root;
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("The build did not pack " + DICTIONARY);
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DICTIONARY, e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        root.path("files").fields().forEachRemaining(file -> {
            JsonNode node = file.getValue();
            JsonNode columns = node.has("columnSet") ? root.path("columnSets").path(node.path("columnSet").asText())
                    : node.path("columns");
            Map<String, String> meanings = new LinkedHashMap<>();
            columns.fields().forEachRemaining(c -> meanings.put(c.getKey(), c.getValue().asText()));
            entries.put(file.getKey(), new Entry(node.path("about").asText(null), Map.copyOf(meanings)));
        });
        return entries;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
