package com.salaryatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void a_jdbc_url_is_used_as_it_is() {
        DatabaseUrl url = DatabaseUrl.parse(" jdbc:postgresql://db:5432/atlas?user=site&password=s3cret ");
        assertEquals("jdbc:postgresql://db:5432/atlas?user=site&password=s3cret", url.jdbcUrl());
        assertNull(url.user());
        assertTrue(url.isPostgres());
    }

    @Test
    void a_postgres_url_becomes_jdbc_with_its_credentials_handed_to_the_pool() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://site:p%40ss%3Aword@db.internal:6543/atlas?sslmode=require");
        assertEquals("jdbc:postgresql://db.internal:6543/atlas?sslmode=require", url.jdbcUrl());
        assertEquals("site", url.user());
        assertEquals("p@ss:word", url.password());
    }

    @Test
    void the_postgresql_scheme_and_a_missing_port_work_too() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://site@db/atlas");
        assertEquals("jdbc:postgresql://db/atlas", url.jdbcUrl());
        assertEquals("site", url.user());
        assertNull(url.password());
    }

    @Test
    void the_password_never_shows_in_the_printed_form() {
        assertFalse(DatabaseUrl.parse("postgres://site:s3cret@db/atlas").toString().contains("s3cret"));
        assertFalse(DatabaseUrl.parse("jdbc:postgresql://db/atlas?user=a&password=s3cret&ssl=true").toString().contains("s3cret"));
        DatabaseUrl.Invalid e = assertThrows(DatabaseUrl.Invalid.class, () -> DatabaseUrl.parse("mysql://a:s3cret@db/x"));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void a_postgres_url_without_a_database_name_is_refused() {
        assertThrows(DatabaseUrl.Invalid.class, () -> DatabaseUrl.parse("postgres://site:pw@db:5432"));
    }
}
