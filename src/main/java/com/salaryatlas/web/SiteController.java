package com.salaryatlas.web;

import com.salaryatlas.data.Database;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pages every site has: not found, server error, and the health check. */
public final class SiteController {

    private static final Logger LOG = LoggerFactory.getLogger(SiteController.class);

    private final DataSource dataSource;
    private final Assets assets;

    public SiteController(DataSource dataSource, Assets assets) {
        this.dataSource = dataSource;
        this.assets = assets;
    }

    /** GET and HEAD /assets/{name}: a fingerprinted stylesheet, script or icon. */
    public void asset(Context ctx) {
        assets.serve(ctx);
    }

    /** GET and HEAD of a static file at its plain path, /css/site.css or the chart library's webjar path. */
    public void staticFile(Context ctx) {
        assets.serveFile(ctx);
    }

    public void health(Context ctx) {
        if (Database.answers(dataSource)) {
            ctx.contentType("text/plain; charset=utf-8").result("ok");
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("text/plain; charset=utf-8")
                    .result("database unavailable");
        }
    }

    /** Any method a path does not take: 405, naming the ones it does. */
    public void methodNotAllowed(Context ctx, String allow) {
        ctx.header("Allow", allow).header("Cache-Control", "no-store");
        String message = "This address answers " + allow + " only.";
        if (ctx.path().startsWith("/api/")) {
            Problems.send(ctx, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", message, Map.of());
            return;
        }
        ctx.status(HttpStatus.METHOD_NOT_ALLOWED);
        ctx.render("web/not-found.html", Map.of("page", PageMeta.of("Method not allowed", message).noindexed()));
    }

    public void notFound(Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            Problems.send(ctx, HttpStatus.NOT_FOUND, "Not found", "No API endpoint at " + ctx.path() + ".", Map.of());
            return;
        }
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> model = new java.util.HashMap<>();
        NotFoundHelp help = NotFoundHelp.of(ctx);
        if (help != null) {
            model.putAll(help.model());
            model.put("help", help);
        }
        model.put("page", PageMeta.of("Page not found", "There is no page at this address.").noindexed());
        ctx.render("web/not-found.html", model);
    }

    public void serverError(Exception failure, Context ctx) {
        String requestId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Request {} {} {} failed", requestId, ctx.method(), ctx.path(), failure);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).header("Cache-Control", "no-store");
        if (ctx.path().startsWith("/api/")) {
            Problems.send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Server error",
                    "Something went wrong on our side. Request id " + requestId + ".", Map.of());
            return;
        }
        try {
            ctx.render("web/error.html", Map.of("requestId", requestId,
                    "page", PageMeta.of("Something went wrong", "An error on our side.").noindexed()));
        } catch (RuntimeException renderFailure) {
            // The error page itself failed: answer in plain text rather than leak a stack trace.
            LOG.error("Request {}: error page failed to render", requestId, renderFailure);
            ctx.contentType("text/plain; charset=utf-8")
                    .result("Something went wrong on our side. Request id " + requestId + ".");
        }
    }
}
