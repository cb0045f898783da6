package com.salaryatlas.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The shape shared by the importers that turn one official file into one data file (`import-rpp`, `import-cpi`,
 * `import-ep`): `COMMAND --content DIR FILE`, the file read whole before anything is written, `file:line` and exit
 * code 2 on bad input with nothing written.
 */
final class SingleFileImport {

    /** What a reader made of the file: the output's text and a line for the operator about what it found. */
    record Result(String text, String summary) {
    }

    private SingleFileImport() {
    }

    static int run(String command, String output, String usage, List<String> args, PrintStream out, PrintStream err,
                   Function<Path, Result> reader) {
        return run(command, output, usage, args, out, err, (content, file) -> reader.apply(file));
    }

    /** The same, for a reader that also needs what the content folder holds (`import-ep`: the site's occupations). */
    static int run(String command, String output, String usage, List<String> args, PrintStream out, PrintStream err,
                   BiFunction<Path, Path, Result> reader) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.Usage e) {
            return usage(command, usage, err, e.getMessage());
        }
        Path content = line.content();
        List<Path> files = line.files();
        if (files.size() != 1) {
            // The output is rewritten whole from one file; a second would have to win or be merged, silently.
            return usage(command, usage, err, files.isEmpty() ? "no file to import" : "give exactly one file");
        }
        if (!Files.isDirectory(content)) {
            return usage(command, usage, err, "--content " + content + ": no such directory");
        }
        Path file = files.get(0);
        Result result;
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadInput(file.toString(), "no such file");
            }
            result = reader.apply(content, file);
        } catch (BadInput e) {
            err.println(command + ": " + e.getMessage());
            err.println(command + ": nothing written");
            return ImportOews.BAD_INPUT;
        }
        out.println(command + ": " + file + ": " + result.summary());
        Path data = content.resolve("data");
        try {
            OutputFiles.replace(data, Map.of(output, result.text()));
        } catch (IOException e) {
            err.println(command + ": cannot write to " + data + ": " + e);
            return ImportOews.WRITE_FAILED;
        }
        out.println(command + ": wrote " + output + " to " + data);
        return ImportOews.OK;
    }

    private static int usage(String command, String usage, PrintStream err, String problem) {
        err.println(command + ": " + problem);
        err.println(usage);
        return ImportOews.BAD_INPUT;
    }
}
