package com.salaryatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.AppConfig.InvalidSetting;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void defaults_serve_port_7070_on_the_embedded_database() {
        AppConfig config = AppConfig.from(Map.of(), new String[0]);
        assertEquals(7070, config.port());
        assertEquals("jdbc:h2:file:./data/salary-atlas", config.databaseUrl());
        assertEquals("http://localhost:7070", config.siteUrl());
        assertEquals(false, config.dev());
    }

    @Test
    void flags_override_environment_variables() {
        AppConfig config = AppConfig.from(Map.of("PORT", "8000", "SITE_URL", "https://a.example/"),
                new String[] {"--port", "9000", "--dev", "--database-url=jdbc:h2:mem:x"});
        assertEquals(9000, config.port());
        assertEquals("jdbc:h2:mem:x", config.databaseUrl());
        assertEquals("https://a.example", config.siteUrl());
        assertTrue(config.dev());
    }

    @Test
    void port_that_is_not_a_number_names_the_setting_and_the_fix() {
        InvalidSetting e = assertThrows(InvalidSetting.class, () -> AppConfig.from(Map.of("PORT", "abc"), new String[0]));
        assertTrue(e.getMessage().startsWith("PORT 'abc'"), e.getMessage());
        assertTrue(e.getMessage().contains("PORT=7070"), e.getMessage());
    }

    @Test
    void port_out_of_range_is_refused() {
        assertThrows(InvalidSetting.class, () -> AppConfig.from(Map.of("PORT", "70000"), new String[0]));
    }

    @Test
    void database_url_that_is_not_jdbc_is_refused() {
        InvalidSetting e = assertThrows(InvalidSetting.class,
                () -> AppConfig.from(Map.of("DATABASE_URL", "postgres://x"), new String[0]));
        assertTrue(e.getMessage().startsWith("DATABASE_URL"), e.getMessage());
    }

    @Test
    void dev_that_is_not_a_boolean_is_refused() {
        InvalidSetting e = assertThrows(InvalidSetting.class, () -> AppConfig.from(Map.of("DEV", "maybe"), new String[0]));
        assertTrue(e.getMessage().startsWith("DEV 'maybe'"), e.getMessage());
    }

    @Test
    void unknown_flag_is_refused() {
        assertThrows(InvalidSetting.class, () -> AppConfig.from(Map.of(), new String[] {"--colour", "red"}));
    }
}
