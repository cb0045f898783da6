package com.salaryatlas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.article.ArticleController;
import com.salaryatlas.article.ArticleRepository;
import com.salaryatlas.calculator.ApiController;
import com.salaryatlas.calculator.CalculatorController;
import com.salaryatlas.calculator.EstimateLog;
import com.salaryatlas.data.DatasetReader;
import com.salaryatlas.data.PendingDataSource;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.salary.Dataset;
import com.salaryatlas.salary.DatasetRepository;
import com.salaryatlas.salary.RoleController;
import com.salaryatlas.salary.RoleViews;
import com.salaryatlas.seo.JsonLd;
import com.salaryatlas.seo.SeoController;
import com.salaryatlas.site.HomeController;
import com.salaryatlas.site.PageCache;
import com.salaryatlas.site.SecurityHeaders;
import com.salaryatlas.site.SiteController;
import com.salaryatlas.site.SiteFiles;
import com.salaryatlas.site.SiteInfo;
import com.salaryatlas.site.ThymeleafRenderer;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import org.eclipse.jetty.server.handler.GracefulHandler;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import javax.sql.DataSource;

/** The composition root: builds every service and controller once and wires them into a Javalin app. */
public final class SalaryAtlas {

    private SalaryAtlas() {
    }

    public static Javalin create(AppConfig config, DataSource dataSource, SiteFiles files) {
        return create(config, CompletableFuture.completedFuture(dataSource), files);
    }

    /**
     * Builds the site while the database is still opening: the dataset is read and validated from the CSV
     * files, articles are rendered, templates warmed and routes built in the meantime; then the dataset is
     * stored and the stored copy checked to be identical to the one the estimates use. The two run side by
     * side because each takes about as long as the other on a cold JVM.
     */
    public static Javalin create(AppConfig config, CompletableFuture<? extends DataSource> database, SiteFiles files) {
        SiteInfo site = SiteInfo.of(config.siteUrl(), files.fromDisk() ? "dev" : BuildInfo.version());

        Dataset dataset = new DatasetReader(files.content().resolve("data")).read();
        EstimationService estimates = new EstimationService(dataset);
        ArticleRepository articles = new ArticleRepository(files.content(), estimates);
        ThymeleafRenderer renderer = new ThymeleafRenderer(files, site);
        renderer.warmUp();

        DataSource dataSource = new PendingDataSource(database);
        EstimateLog estimateLog = new EstimateLog(dataSource, Clock.systemUTC());
        RoleViews views = new RoleViews(estimates);

        PageCache cache = new PageCache(renderer, !files.fromDisk());
        RoleController roles = new RoleController(estimates, views, articles, cache);
        var controllers = new Routes.Controllers(
                new SiteController(dataSource),
                new HomeController(articles, views, estimateLog, estimates.dataset()),
                new ArticleController(articles, views, estimates.dataset(), cache, new JsonLd(config.siteUrl())),
                roles,
                new CalculatorController(estimates, estimateLog, articles, views, config.siteUrl()),
                new ApiController(estimates),
                new SeoController(config.siteUrl(), articles, estimates.dataset()));

        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            javalin.fileRenderer(renderer);
            javalin.http.maxRequestSize = 64 * 1024;
            javalin.staticFiles.add(staticFiles -> {
                staticFiles.hostedPath = "/";
                staticFiles.directory = files.fromDisk() ? files.staticFiles().toString() : "/static";
                staticFiles.location = files.fromDisk() ? Location.EXTERNAL : Location.CLASSPATH;
                staticFiles.headers = Map.of("Cache-Control", files.fromDisk() ? "no-cache" : "public, max-age=86400");
            });
            javalin.staticFiles.enableWebjars();
            javalin.jetty.modifyServer(server -> {
                // On SIGTERM, Jetty stops accepting and lets requests already in progress finish (up to 10 s).
                server.setHandler(new GracefulHandler(server.getHandler()));
                server.setStopTimeout(10_000);
            });
            javalin.routes.before(SecurityHeaders::apply);
            Routes.declare(javalin.routes, controllers);
        });

        // Only now wait for the database: store the dataset and check the stored copy is the one estimates use.
        DatasetRepository datasets = new DatasetRepository(database.join());
        datasets.replace(dataset);
        if (!datasets.load().equals(dataset)) {
            throw new IllegalStateException("The database did not store the dataset exactly as content/data gives it");
        }
        estimateLog.prune();
        return app;
    }
}
