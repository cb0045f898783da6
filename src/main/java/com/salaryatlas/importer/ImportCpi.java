package com.salaryatlas.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * `import-cpi --content DIR FILE`: reads the CPI-U series CUUR0000SA0 in BLS's flat-file layout (as cut from
 * cu.data.1.AllItems) and writes each year's May value to DIR/data/cpi_may.csv.
 */
public final class ImportCpi {

    static final String COMMAND = "import-cpi";
    static final String USAGE = "usage: import-cpi --content DIR FILE   (FILE: BLS's CPI-U flat file cut to series "
            + CpiFile.SERIES + ", tab-separated)";

    private ImportCpi() {
    }

    /** Runs `import-cpi --content DIR FILE`; returns the process exit code (0 ok, 1 cannot write, 2 bad input). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return ImportCommand.run(COMMAND, CpiFile.OUTPUT, USAGE, args, out, err, ImportCpi::read);
    }

    private static ImportCommand.Result read(Path file) {
        CpiFile.Read read = CpiFile.read(CsvSheet.read(file, CpiFile.FORMAT));
        return new ImportCommand.Result(CsvPrinted.of(CpiFile.COLUMNS, read.cells()),
                read.rows() + " rows, May " + read.firstYear() + " to May " + read.lastYear() + " (source "
                        + read.source() + ")");
    }
}
