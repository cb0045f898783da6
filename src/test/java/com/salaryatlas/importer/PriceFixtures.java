package com.salaryatlas.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The official price files and their excerpts (src/test/resources/prices, see its README), and runs of their importers. */
final class PriceFixtures {

    static final Path FILES = Path.of("src/test/resources/prices");
    static final Path RPP = FILES.resolve("SARPP_STATE_2008_2024.csv");
    static final Path RPP_EXCERPT = FILES.resolve("SARPP_STATE_excerpt.csv");
    static final Path CPI = FILES.resolve("cu.data.1.AllItems_CUUR0000SA0.txt");
    static final Path CPI_EXCERPT = FILES.resolve("cu.data.1.AllItems_CUUR0000SA0_excerpt.txt");

    /** One of the two commands, run as the importer's jar runs it. */
    interface Command {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    private PriceFixtures() {
    }

    static SurveyFixtures.Run importInto(Command command, Path content, Path... files) {
        List<String> args = new ArrayList<>(List.of("--content", content.toString()));
        Arrays.stream(files).map(Path::toString).forEach(args::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new SurveyFixtures.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * A copy of an excerpt with one piece of its text replaced, the rest (padding, quotes, line ends) as shipped.
     * The piece must occur once, so the test knows which line it broke.
     */
    static Path changed(Path dir, Path excerpt, String from, String to) throws IOException {
        String text = Files.readString(excerpt, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        if (at < 0 || at != text.lastIndexOf(from)) {
            throw new AssertionError(excerpt + " must hold '" + from + "' exactly once");
        }
        Path file = dir.resolve("changed_" + excerpt.getFileName());
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
        return file;
    }

    /** The row of an output file whose cells include every given column's value. */
    static Map<String, String> row(List<Map<String, String>> rows, String... columnsAndValues) {
        return rows.stream().filter(r -> {
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                if (!columnsAndValues[i + 1].equals(r.get(columnsAndValues[i]))) {
                    return false;
                }
            }
            return true;
        }).findFirst().orElseThrow(() -> new AssertionError("no row " + Arrays.toString(columnsAndValues)));
    }
}
