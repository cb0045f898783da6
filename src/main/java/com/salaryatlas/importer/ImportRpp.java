package com.salaryatlas.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * `import-rpp --content DIR FILE`: reads BEA's Regional Price Parities by state (SARPP_STATE_2008_2024.csv as BEA
 * ships it in SARPP.zip, or a later release of the same table) and writes line 1, all items, of the nation, every
 * state and DC for every year in the file to DIR/data/price_parities.csv.
 */
public final class ImportRpp {

    static final String COMMAND = "import-rpp";
    static final String USAGE = "usage: import-rpp --content DIR FILE   (FILE: BEA's state RPP table, "
            + "SARPP_STATE_<first>_<last>.csv from SARPP.zip)";

    private ImportRpp() {
    }

    /** Runs `import-rpp --content DIR FILE`; returns the process exit code (0 ok, 1 cannot write, 2 bad input). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return ImportCommand.run(COMMAND, RppFile.OUTPUT, USAGE, args, out, err, ImportRpp::read);
    }

    private static ImportCommand.Result read(Path file) {
        RppFile.Read read = RppFile.read(CsvSheet.read(file, RppFile.FORMAT));
        return new ImportCommand.Result(CsvPrinted.of(RppFile.COLUMNS, read.cells()),
                read.areas() + " areas, " + read.firstYear() + "-" + read.lastYear() + ", " + read.parities().size()
                        + " all-items figures (source " + read.source() + ")");
    }
}
