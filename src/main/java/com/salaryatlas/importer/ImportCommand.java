package com.salaryatlas.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The shape every importer shares: `COMMAND --content DIR FILE...`, every file read whole before anything is
 * written, `file:line` and exit code 2 on bad input with nothing written, exit code 1 when the data folder cannot be
 * written. Two kinds: one official file into one data file (`import-rpp`, `import-cpi`, `import-ep`), or several
 * files into several data files (`import-oews`, `import-survey`).
 */
final class ImportCommand {

    static final int OK = 0;
    static final int WRITE_FAILED = 1;
    static final int BAD_INPUT = 2;

    /** What a reader made of the file: the output's text and a line for the operator about what it found. */
    record Result(String text, String summary) {
    }

    /** Reads every file given (and what the content folder holds) into each output file's text by its name. */
    @FunctionalInterface
    interface Reader {
        Map<String, String> read(Path content, List<Path> files, PrintStream out);
    }

    private ImportCommand() {
    }

    static int run(String command, String output, String usage, List<String> args, PrintStream out, PrintStream err,
                   Function<Path, Result> reader) {
        return run(command, output, usage, args, out, err, (content, file) -> reader.apply(file));
    }

    /** One file into one output, for a reader that also needs what the content folder holds (`import-ep`). */
    static int run(String command, String output, String usage, List<String> args, PrintStream out, PrintStream err,
                   BiFunction<Path, Path, Result> reader) {
        return run(command, usage, args, out, err, true, (content, files, log) -> {
            Path file = files.get(0);
            if (!Files.isRegularFile(file)) {
                throw new BadInput(file.toString(), "no such file");
            }
            Result result = reader.apply(content, file);
            log.println(command + ": " + file + ": " + result.summary());
            return Map.of(output, result.text());
        });
    }

    /** Several files into the outputs the reader returns. */
    static int runMany(String command, String usage, List<String> args, PrintStream out, PrintStream err,
                       Reader reader) {
        return run(command, usage, args, out, err, false, reader);
    }

    private static int run(String command, String usage, List<String> args, PrintStream out, PrintStream err,
                           boolean oneFile, Reader reader) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.Usage e) {
            return usage(command, usage, err, e.getMessage());
        }
        Path content = line.content();
        List<Path> files = line.files();
        if (files.isEmpty()) {
            return usage(command, usage, err, oneFile ? "no file to import" : "no files to import");
        }
        if (oneFile && files.size() != 1) {
            // The output is rewritten whole from one file; a second would have to win or be merged, silently.
            return usage(command, usage, err, "give exactly one file");
        }
        if (!Files.isDirectory(content)) {
            return usage(command, usage, err, "--content " + content + ": no such directory");
        }
        Map<String, String> outputs;
        try {
            outputs = reader.read(content, files, out);
        } catch (BadInput e) {
            err.println(command + ": " + e.getMessage());
            err.println(command + ": nothing written");
            return BAD_INPUT;
        }
        Path data = content.resolve("data");
        try {
            OutputFiles.replace(data, outputs);
        } catch (IOException e) {
            err.println(command + ": cannot write to " + data + ": " + e);
            return WRITE_FAILED;
        }
        out.println(command + ": wrote " + String.join(", ", new TreeSet<>(outputs.keySet())) + " to " + data);
        return OK;
    }

    private static int usage(String command, String usage, PrintStream err, String problem) {
        err.println(command + ": " + problem);
        err.println(usage);
        return BAD_INPUT;
    }
}
