package com.salaryatlas.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** `--content DIR FILE...`, the arguments every importer takes; each command checks how many files it wants. */
record CommandLine(Path content, List<Path> files) {

    /** A problem with the arguments, to print above the command's usage line. */
    static final class Usage extends Exception {
        Usage(String problem) {
            super(problem, null, false, false);
        }
    }

    /** The content folder (required) and the files, in order; an unknown option is refused. */
    static CommandLine parse(List<String> args) throws Usage {
        Path content = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--content") && i + 1 < args.size()) {
                content = Path.of(args.get(++i));
            } else if (arg.startsWith("--")) {
                throw new Usage("unknown option " + arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (content == null) {
            throw new Usage("--content DIR is required");
        }
        return new CommandLine(content, List.copyOf(files));
    }
}
