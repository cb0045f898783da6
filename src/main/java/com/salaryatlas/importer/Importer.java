package com.salaryatlas.importer;

import java.util.List;

/**
 * The operator's importers, built into their own jar ({@code target/salary-atlas-importer.jar}) so the server's jar
 * carries none of the spreadsheet library they need. {@code java -jar target/salary-atlas-importer.jar COMMAND ...}.
 */
public final class Importer {

    static final String USAGE = "usage: java -jar salary-atlas-importer.jar import-oews --content DIR FILE...\n"
            + "       java -jar salary-atlas-importer.jar import-survey --content DIR FILE...\n"
            + "       java -jar salary-atlas-importer.jar import-rpp --content DIR FILE\n"
            + "       java -jar salary-atlas-importer.jar import-cpi --content DIR FILE\n"
            + "       java -jar salary-atlas-importer.jar import-ep --content DIR FILE";

    private Importer() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        return switch (command) {
            case "import-oews" -> ImportOews.run(rest, System.out, System.err);
            case "import-survey" -> ImportSurvey.run(rest, System.out, System.err);
            case "import-rpp" -> ImportRpp.run(rest, System.out, System.err);
            case "import-cpi" -> ImportCpi.run(rest, System.out, System.err);
            case "import-ep" -> ImportEp.run(rest, System.out, System.err);
            default -> {
                System.err.println(command.isEmpty() ? "salary-atlas-importer: no command" : "salary-atlas-importer: unknown command " + command);
                System.err.println(USAGE);
                yield ImportCommand.BAD_INPUT;
            }
        };
    }
}
