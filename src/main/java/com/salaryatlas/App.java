package com.salaryatlas;

import com.salaryatlas.AppConfig.InvalidSetting;
import com.salaryatlas.articles.ContentException;
import com.salaryatlas.data.Database;
import com.salaryatlas.data.DatabaseUnavailable;
import com.salaryatlas.dataset.DatasetException;
import com.salaryatlas.reports.ReportsCommand;
import com.salaryatlas.web.OutOfMemory;
import com.salaryatlas.web.SiteFiles;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Salary Atlas: reads the settings, opens the database, serves the site. */
public final class App {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    static final int BAD_SETTING_EXIT_CODE = 2;

    private App() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].startsWith("import-")) {
            // The importers live in their own jar, so this one carries no spreadsheet library.
            System.err.println("salary-atlas: " + args[0] + " is in the importer's jar: java -jar target/salary-atlas-importer.jar "
                    + String.join(" ", args));
            System.exit(BAD_SETTING_EXIT_CODE);
        }
        if (args.length > 0 && args[0].equals("reports")) {
            // An operator command: prints the reports visitors sent, from the database DATABASE_URL names, and exits.
            System.exit(reports(System.getenv(), args, System.out, System.err));
        }
        try {
            start(AppConfig.from(System.getenv(), args));
        } catch (InvalidSetting | DatabaseUnavailable | DatasetException | ContentException e) {
            // One line an operator can act on; the stack trace would only bury it.
            System.err.println("salary-atlas: " + e.getMessage());
            System.exit(BAD_SETTING_EXIT_CODE);
        }
    }

    /** {@code reports [--database-url URL]}: the same DATABASE_URL setting the server uses. Returns the exit code. */
    static int reports(java.util.Map<String, String> env, String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        AppConfig config;
        try {
            config = AppConfig.from(env, List.of(args).subList(1, args.length).toArray(String[]::new));
        } catch (InvalidSetting e) {
            err.println("salary-atlas reports: " + e.getMessage());
            return BAD_SETTING_EXIT_CODE;
        }
        return ReportsCommand.run(config.databaseUrl(), out, err);
    }

    static void start(AppConfig config) {
        OutOfMemory.endProcessWhenAThreadRunsOut();
        SiteFiles files = config.dev() ? SiteFiles.disk(Path.of("")) : SiteFiles.packaged();
        // The database (pool, migrations) opens once the site is serving: it is not on the path to the first page,
        // and on two cores it would slow the start by competing with it.
        CompletableFuture<HikariDataSource> database = new CompletableFuture<>();
        SalaryAtlas.Site site = null;
        try {
            site = SalaryAtlas.create(config, database, files);
            site.app().start(config.port());
        } catch (RuntimeException e) {
            if (site != null) {
                site.close();
            }
            database.thenAccept(HikariDataSource::close);
            throw explainStartFailure(config, e);
        }
        CompletableFuture.runAsync(() -> {
            try {
                database.complete(Database.open(config.databaseUrl()));
            } catch (RuntimeException e) {
                database.completeExceptionally(e);
            }
        });
        // The site serves while the database opens; a database that cannot open still stops the start, with the
        // same one line and exit code as any other bad setting.
        database.exceptionally(failure -> {
            RuntimeException e = explainStartFailure(config, failure instanceof RuntimeException r ? r : new RuntimeException(failure));
            System.err.println("salary-atlas: " + e.getMessage());
            Runtime.getRuntime().halt(BAD_SETTING_EXIT_CODE);
            return null;
        });
        SalaryAtlas.Site started = site;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Jetty's stop timeout lets in-flight requests finish; then the estimates they queued are written,
            // and only then does the pool close under them. A request that outlasts the timeout must not cost the
            // queued estimates: the stop's failure is logged and the rest of the shutdown goes on.
            try {
                started.app().stop();
            } catch (RuntimeException e) {
                LOG.warn("The server did not stop within its timeout: {}", e.toString());
            }
            started.close();
            database.thenAccept(HikariDataSource::close);
        }, "shutdown"));
        LOG.info("Salary Atlas is serving {} (dev={})", config.siteUrl(), config.dev());
    }

    private static RuntimeException explainStartFailure(AppConfig config, RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.net.BindException) {
                return new InvalidSetting("PORT " + config.port() + " is already in use: stop what is using it or set PORT to a free port, e.g. PORT=7071.");
            }
            if (c instanceof InvalidSetting || c instanceof DatabaseUnavailable || c instanceof DatasetException || c instanceof ContentException) {
                return (RuntimeException) c;
            }
        }
        return e;
    }
}
