package com.salaryatlas.bench;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The yardstick for src/test/scripts/throughput.sh: bare Javalin answering GET /page and POST /post with fixed bytes
 * (a page the site served), so the site's own cost per request can be read off against the framework's.
 */
public final class BareJavalin {

    private BareJavalin() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] page = Files.readAllBytes(Path.of(args[1]));
        byte[] post = Files.readAllBytes(Path.of(args[2]));
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/page", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
            config.routes.post("/post", ctx -> {
                ctx.body();
                ctx.contentType("text/html; charset=utf-8").result(post);
            });
        }).start(port);
    }
}
