package com.salaryatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void migrations_leave_only_what_visitors_submit() throws SQLException {
        try (var dataSource = Database.open("jdbc:h2:mem:tables-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
             Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
            names.remove("flyway_schema_history");
            assertEquals(List.of("estimate_log"), names.stream().sorted().toList());
        }
    }

    @Test
    void unreachable_database_names_database_url_in_one_line() {
        DatabaseUnavailable e = assertThrows(DatabaseUnavailable.class,
                () -> Database.open("jdbc:h2:tcp://127.0.0.1:1/nowhere"));
        assertTrue(e.getMessage().startsWith("DATABASE_URL jdbc:h2:tcp://127.0.0.1:1/nowhere cannot be reached"),
                e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
    }
}
