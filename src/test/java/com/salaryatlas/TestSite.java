package com.salaryatlas;

import com.salaryatlas.data.Database;
import com.salaryatlas.site.SiteFiles;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.util.UUID;

/** A fresh site on its own in-memory database, built exactly as production builds it. */
public final class TestSite implements AutoCloseable {

    public final HikariDataSource dataSource;
    public final Javalin app;

    private TestSite() {
        dataSource = Database.open("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        app = SalaryAtlas.create(new AppConfig(0, "unused", "https://salaryatlas.test", false),
                dataSource, SiteFiles.packaged());
    }

    public static TestSite start() {
        return new TestSite();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
