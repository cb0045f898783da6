package com.salaryatlas.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `import-oews --content DIR FILE...`: reads the official BLS OEWS files (national, state and industry; .xlsx or
 * .csv) and writes the occupations the site covers to DIR/data/oews_*.csv. Each run rewrites all four files from
 * the files given, so give every file each time; nothing is written unless every file reads cleanly.
 */
public final class ImportOews {

    static final String USAGE = "usage: import-oews --content DIR FILE...   (FILE: BLS OEWS national_, state_, nat4d_ "
            + "or natsector_ file, .xlsx or .csv)";

    private ImportOews() {
    }

    /** Runs `import-oews --content DIR FILE...`; returns the process exit code (0 ok, 1 cannot write, 2 bad input). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = !args.isEmpty() && args.get(0).equals("import-oews") ? args.subList(1, args.size()) : args;
        return ImportCommand.runMany("import-oews", USAGE, rest, out, err, (content, files, log) -> read(files, log));
    }

    /** Reads every file before anything is written, and returns each output file's name and text. */
    private static Map<String, String> read(List<Path> files, PrintStream out) {
        List<SourceFile> sources = new ArrayList<>();
        Map<String, Path> fileOfSource = new HashMap<>();
        Map<String, List<OewsRow>> rowsByOutput = new LinkedHashMap<>();
        for (FileKind kind : FileKind.values()) {
            rowsByOutput.putIfAbsent(kind.output, new ArrayList<>());
        }
        for (Path file : files) {
            Sheet sheet = load(file);
            Columns columns = new Columns(sheet);
            SourceFile source = SourceFile.of(sheet, FileKind.of(sheet, columns));
            Path earlier = fileOfSource.putIfAbsent(source.id(), file);
            if (earlier != null) {
                throw new BadInput(file.toString(), "holds the same figures (" + source.id() + ") as " + earlier);
            }
            List<OewsRow> rows = RowReader.read(sheet, columns, source);
            out.println("import-oews: " + file + ": " + source.id() + ", " + rows.size() + " rows");
            sources.add(source);
            rowsByOutput.get(source.kind().output).addAll(rows);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        sources.sort((a, b) -> a.id().compareTo(b.id()));
        outputs.put("oews_sources.csv", CsvText.of(SourceFile.COLUMNS, sources.stream().map(SourceFile::cells).toList()));
        rowsByOutput.forEach((name, rows) -> outputs.put(name,
                CsvText.of(OewsRow.COLUMNS, rows.stream().sorted(OewsRow.ORDER).map(OewsRow::cells).toList())));
        return outputs;
    }

    private static Sheet load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInput(file.toString(), "no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XlsxSheet.read(file);
        }
        if (name.endsWith(".csv")) {
            return CsvSheet.read(file);
        }
        throw new BadInput(file.toString(), "unknown file kind: expected a BLS OEWS .xlsx workbook or .csv file");
    }
}
