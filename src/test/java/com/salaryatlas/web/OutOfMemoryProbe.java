package com.salaryatlas.web;

import io.javalin.Javalin;

/**
 * Run in its own JVM by {@link OutOfMemoryTest}: {@code thread} makes a background thread die of an
 * OutOfMemoryError; {@code route PORT} serves a route that throws one, with the site's error handler.
 */
public final class OutOfMemoryProbe {

    private OutOfMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("thread")) {
            OutOfMemory.endProcessWhenAThreadRunsOut();
            new Thread(() -> {
                throw new OutOfMemoryError("probe");
            }, "probe").start();
            Thread.sleep(20_000);
            return;
        }
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.router.javaLangErrorHandler(OutOfMemory::javaLangError);
            config.routes.get("/oom", ctx -> {
                throw new OutOfMemoryError("probe");
            });
        }).start(Integer.parseInt(args[1]));
        Thread.sleep(20_000);
    }
}
