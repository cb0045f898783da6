package com.salaryatlas.reports;

import com.salaryatlas.data.Database;
import com.salaryatlas.data.DatabaseUnavailable;
import com.salaryatlas.data.Reports;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code java -jar salary-atlas.jar reports}: prints the reports visitors sent, newest first, as plain text: the page,
 * the date (UTC) and the message. An operator command: it opens the database DATABASE_URL names and nothing else.
 */
public final class ReportsCommand {

    /** At most this many are printed; the last line says how many there are in all. */
    public static final int LIMIT = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** Anything a terminal might act on (escape sequences, carriage returns) prints as a replacement character. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]|[\\u2028\\u2029]");

    private ReportsCommand() {
    }

    /** Opens the database at {@code databaseUrl} and prints its reports; returns the exit code (0, or 2 when it cannot). */
    public static int run(String databaseUrl, PrintStream out, PrintStream err) {
        try (HikariDataSource dataSource = Database.open(databaseUrl)) {
            return print(new Reports(dataSource, Clock.systemUTC()), out);
        } catch (DatabaseUnavailable e) {
            err.println("salary-atlas reports: " + e.getMessage()
                    + (e.getMessage().contains("locked") ? " (The embedded H2 file opens in one process at a time: "
                    + "stop the server first, or use PostgreSQL.)" : ""));
            return 2;
        } catch (Reports.Unavailable e) {
            err.println("salary-atlas reports: " + e.getMessage());
            return 2;
        }
    }

    static int print(Reports reports, PrintStream out) {
        List<Reports.Report> newest = reports.newest(LIMIT);
        long total = reports.count();
        if (newest.isEmpty()) {
            out.println("No reports yet.");
            return 0;
        }
        for (Reports.Report r : newest) {
            out.println(WHEN.format(r.createdAt()) + "  " + safe(r.page()));
            for (String line : safe(r.message()).split("\n", -1)) {
                out.println("    " + line);
            }
            out.println();
        }
        out.println(newest.size() < total
                ? "The newest " + newest.size() + " of " + total + " reports."
                : total + (total == 1 ? " report." : " reports."));
        return 0;
    }

    private static String safe(String text) {
        return UNSAFE.matcher(text.replace("\t", "    ")).replaceAll("\uFFFD");
    }
}
