package com.salaryatlas.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * `import-ep --content DIR FILE`: reads BLS's occupational projections (Employment Projections table 1.2, saved as
 * CSV) and writes the all-occupations total and every occupation DIR/data/roles.csv names to
 * DIR/data/projections.csv. The occupations come from roles.csv so that a new role gets its outlook by rerunning the
 * import, and the re-import test notices a role without one.
 */
public final class ImportEp {

    static final String COMMAND = "import-ep";
    static final String USAGE = "usage: import-ep --content DIR FILE   (FILE: BLS's table 1.2, occupational "
            + "projections, saved as CSV)";
    static final String ROLES = "roles.csv";

    private ImportEp() {
    }

    /** Runs `import-ep --content DIR FILE`; returns the process exit code (0 ok, 1 cannot write, 2 bad input). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return ImportCommand.run(COMMAND, EpFile.OUTPUT, USAGE, args, out, err, ImportEp::read);
    }

    private static ImportCommand.Result read(Path content, Path file) {
        Set<String> socs = occupations(content.resolve("data").resolve(ROLES));
        EpFile.Read read = EpFile.read(CsvSheet.read(file), socs);
        return new ImportCommand.Result(CsvPrinted.of(EpFile.COLUMNS, read.cells()),
                read.rowsRead() + " rows, " + read.from() + "-" + read.to() + ", kept " + read.projections().size()
                        + " (all occupations and " + (read.projections().size() - 1) + " of the site's "
                        + socs.size() + " occupations; source " + read.source() + ")"
                        + (read.missing().isEmpty() ? "" : "; not in the table: " + String.join(", ", read.missing())));
    }

    /** The SOC codes of the site's roles, occupations and titles alike (a title shows its occupation's outlook). */
    private static Set<String> occupations(Path roles) {
        if (!Files.isRegularFile(roles)) {
            throw new BadInput(roles.toString(), "no such file: import-ep keeps the occupations the site's roles name");
        }
        Sheet sheet = CsvSheet.read(roles);
        Columns columns = new Columns(sheet);
        columns.require(sheet, List.of("SOC"));
        Set<String> socs = new TreeSet<>();
        for (SheetRow row : sheet.rows()) {
            String soc = row.cell(columns.find("SOC"));
            if (soc.isEmpty()) {
                throw new BadInput(row.where(), "soc is empty");
            }
            socs.add(soc);
        }
        return socs;
    }
}
