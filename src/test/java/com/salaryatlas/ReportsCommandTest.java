package com.salaryatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.data.Database;
import com.salaryatlas.data.Reports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code java -jar salary-atlas.jar reports}, dispatched by App.main, on the DATABASE_URL the server uses. */
class ReportsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return App.reports(env, args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void reports_reads_database_url_from_the_environment_or_the_flag_like_the_server() {
        String url = "jdbc:h2:mem:cmd-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (var pool = Database.open(url)) {
            new Reports(pool, Clock.systemUTC()).add("/guides/some-guide", "The entry range in the table looks wrong.");
            assertEquals(0, run(Map.of("DATABASE_URL", url), "reports"), err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("/guides/some-guide\n    The entry range in the table looks wrong."), out.toString());
            out.reset();
            assertEquals(0, run(Map.of(), "reports", "--database-url", url), err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 report."), out.toString());
        }
    }

    @Test
    void an_empty_database_says_there_are_no_reports() {
        assertEquals(0, run(Map.of("DATABASE_URL", "jdbc:h2:mem:cmd-" + UUID.randomUUID()), "reports"));
        assertEquals("No reports yet.\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_bad_flag_stops_with_one_line_and_exit_code_2() {
        assertEquals(2, run(Map.of(), "reports", "--since", "yesterday"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("salary-atlas reports: Unknown flag --since"), err.toString());
    }
}
