package com.salaryatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.AppConfig.InvalidSetting;
import java.util.List;
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
    void database_url_in_neither_jdbc_nor_postgres_form_is_refused() {
        InvalidSetting e = assertThrows(InvalidSetting.class,
                () -> AppConfig.from(Map.of("DATABASE_URL", "mysql://u:secret@x/db"), new String[0]));
        assertTrue(e.getMessage().startsWith("DATABASE_URL"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void postgres_url_without_a_database_is_refused() {
        InvalidSetting e = assertThrows(InvalidSetting.class,
                () -> AppConfig.from(Map.of("DATABASE_URL", "postgres://x"), new String[0]));
        assertTrue(e.getMessage().startsWith("DATABASE_URL"), e.getMessage());
    }

    @Test
    void postgres_url_is_accepted() {
        AppConfig config = AppConfig.from(Map.of("DATABASE_URL", "postgres://u:p@db.internal:5432/atlas"), new String[0]);
        assertEquals("postgres://u:p@db.internal:5432/atlas", config.databaseUrl());
    }

    @Test
    void rate_limit_defaults_to_120_a_minute_and_zero_turns_it_off() {
        assertEquals(120, AppConfig.from(Map.of(), new String[0]).rateLimit());
        assertEquals(0, AppConfig.from(Map.of("RATE_LIMIT", "60"), new String[] {"--rate-limit", "0"}).rateLimit());
    }

    @Test
    void rate_limit_that_is_not_a_count_is_refused() {
        InvalidSetting e = assertThrows(InvalidSetting.class, () -> AppConfig.from(Map.of("RATE_LIMIT", "-1"), new String[0]));
        assertTrue(e.getMessage().startsWith("RATE_LIMIT '-1'"), e.getMessage());
    }

    @Test
    void trusted_proxies_are_a_comma_separated_list_of_ip_addresses() {
        assertEquals(List.of("10.0.0.5", "::1"),
                AppConfig.from(Map.of(), new String[] {"--trusted-proxies", "10.0.0.5, ::1"}).trustedProxies());
        InvalidSetting e = assertThrows(InvalidSetting.class,
                () -> AppConfig.from(Map.of("TRUSTED_PROXIES", "lb.example"), new String[0]));
        assertTrue(e.getMessage().startsWith("TRUSTED_PROXIES"), e.getMessage());
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
