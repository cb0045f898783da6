package com.salaryatlas;

import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.calculator.ApiController;
import com.salaryatlas.compare.CompareController;
import com.salaryatlas.calculator.CalculatorController;
import com.salaryatlas.calculator.EstimateForm;
import com.salaryatlas.data.EstimateLog;
import com.salaryatlas.data.Housekeeping;
import com.salaryatlas.data.PendingDataSource;
import com.salaryatlas.data.Reports;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.DatasetReader;
import com.salaryatlas.guides.ArticleController;
import com.salaryatlas.home.HomeController;
import com.salaryatlas.opendata.DataFiles;
import com.salaryatlas.opendata.OpenDataController;
import com.salaryatlas.reports.ReportController;
import com.salaryatlas.roles.RoleController;
import com.salaryatlas.seo.SeoController;
import com.salaryatlas.web.Assets;
import com.salaryatlas.web.ChartAssets;
import com.salaryatlas.web.FormBody;
import com.salaryatlas.web.JsonLd;
import com.salaryatlas.web.LazyJson;
import com.salaryatlas.web.OutOfMemory;
import com.salaryatlas.web.PageCache;
import com.salaryatlas.web.RateLimit;
import com.salaryatlas.web.SecurityHeaders;
import com.salaryatlas.web.ServerLimits;
import com.salaryatlas.web.SiteController;
import com.salaryatlas.web.SiteFiles;
import com.salaryatlas.web.SiteInfo;
import com.salaryatlas.web.ThymeleafRenderer;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** The composition root: builds every service and controller once and wires them into a Javalin app. */
public final class SalaryAtlas {

    /**
     * Pages are kept gzipped (a state page ~7 KB, a role page ~12 KB): 16 MB holds every page of the site, about
     * 1,100, with room to spare, so after a crawl the heap stays well within 64 MB. Beside them, 4 MB of unzipped
     * copies for the few clients that do not take gzip (some 60 recent pages).
     */
    private static final long PAGE_CACHE_BYTES = 16L * 1024 * 1024;
    private static final long UNZIPPED_PAGES_BYTES = 4L * 1024 * 1024;

    private SalaryAtlas() {
    }

    /**
     * The web app and the one service with a thread of its own: stop the app, then {@link #close()} the site to
     * write the estimates still queued, then close the pool.
     */
    public record Site(Javalin app, EstimateLog estimateLog, Housekeeping housekeeping) implements AutoCloseable {
        @Override
        public void close() {
            housekeeping.close();
            estimateLog.close();
        }
    }

    /** The value, or the exception the work failed with, unwrapped so a content error reads as itself. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public static Site create(AppConfig config, DataSource dataSource, SiteFiles files) {
        return create(config, CompletableFuture.completedFuture(dataSource), files);
    }

    /**
     * Builds the site while the database is still opening: the dataset is read and validated from the CSV
     * files, the articles loaded as the build rendered them, templates warmed and routes built in the meantime. The
     * salary dataset lives only in memory; the database holds what visitors submit.
     */
    public static Site create(AppConfig config, CompletableFuture<? extends DataSource> database, SiteFiles files) {
        return create(config, database, files, ServerLimits.DEFAULT);
    }

    /** The site with other limits on concurrency: for tests of overload. */
    public static Site create(AppConfig config, CompletableFuture<? extends DataSource> database, SiteFiles files,
                              ServerLimits limits) {
        Assets assets = Assets.load(files, Map.of(ChartAssets.CHART_JS, "META-INF/resources" + ChartAssets.CHART_JS));
        SiteInfo site = SiteInfo.of(config.siteUrl(), files.fromDisk() ? "dev" : BuildInfo.version(), assets.urls());
        // Two cores: Thymeleaf loads and parses the layout on one while the dataset and the articles are read on the
        // other.
        CompletableFuture<ThymeleafRenderer> templates = CompletableFuture.supplyAsync(() -> {
            ThymeleafRenderer r = new ThymeleafRenderer(files, site);
            r.readPublicFieldsOf(EstimateForm.class);
            r.warmUp();
            return r;
        });

        Dataset dataset = new DatasetReader(files.content().resolve("data")).read();
        Services services = Services.of(dataset);
        ArticleRepository articles = ArticleRepository.load(files.content(), dataset, services::shortcodes);
        ThymeleafRenderer renderer = joined(templates);

        DataSource dataSource = new PendingDataSource(database);
        EstimateLog estimateLog = new EstimateLog(dataSource, Clock.systemUTC());
        Reports reports = new Reports(dataSource, Clock.systemUTC());
        Housekeeping housekeeping = new Housekeeping(estimateLog, reports);

        PageCache cache = new PageCache(renderer, !files.fromDisk(), PAGE_CACHE_BYTES, UNZIPPED_PAGES_BYTES);
        RateLimit rateLimit = new RateLimit(config.rateLimit(), config.trustedProxies());
        FormBody formBody = new FormBody(rateLimit);
        var controllers = new Routes.Controllers(
                new SiteController(dataSource, assets),
                new HomeController(articles, services.views(), services.official(), estimateLog, dataset, cache),
                new ArticleController(articles, services.views(), services.official(), services.comparisons(),
                        services.comparisonText(), dataset, cache, new JsonLd(config.siteUrl()), services.survey()),
                new RoleController(dataset, services.distributions(), services.views(), services.official(), articles,
                        cache, renderer, new JsonLd(config.siteUrl()), services.survey()),
                new CompareController(dataset, services.pairs(), services.views(), services.comparisonText(), cache),
                new CalculatorController(dataset, services.estimates(), services.explain(), estimateLog, articles, renderer,
                        cache, formBody, config.siteUrl(), services.moves()),
                new ApiController(dataset, services.distributions(), services.estimates(), services.explain(),
                        services.moves()),
                new SeoController(config.siteUrl(), articles, dataset),
                new OpenDataController(() -> DataFiles.read(files.content().resolve("data")), dataset,
                        services.estimates().surveyFactors(), cache, config.siteUrl(), files.fromDisk() ? "dev" : BuildInfo.version()),
                new ReportController(reports, formBody, config.siteUrl()));

        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new LazyJson());
            javalin.fileRenderer(renderer);
            javalin.http.maxRequestSize = 64 * 1024;
            javalin.router.javaLangErrorHandler(OutOfMemory::javaLangError);
            limits.apply(javalin);
            javalin.jetty.modifyServer(server -> {
                // On SIGTERM, Jetty stops accepting and lets requests already in progress finish (up to 10 s).
                server.setHandler(new GracefulHandler(limits.limitConcurrency(server.getHandler())));
                server.setStopTimeout(10_000);
            });
            javalin.routes.before(new SecurityHeaders(config.siteUrl())::apply);
            javalin.routes.after(SecurityHeaders::htmlCharset);
            Routes.declare(javalin.routes, controllers, rateLimit);
        });

        // The home page renders on the other core while Jetty starts; a visitor who asks for it first waits for this
        // render rather than start another.
        CompletableFuture.runAsync(controllers.home()::prerender);
        CompletableFuture.runAsync(controllers.roles()::prerender);
        // The database is not on the path to the first page: it finishes opening while the site already serves.
        database.thenRun(housekeeping::start);
        return new Site(app, estimateLog, housekeeping);
    }
}
