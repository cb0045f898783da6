package com.salaryatlas.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's stylesheets, scripts and icon, read once and served from memory under a name that carries their
 * content hash ({@code /assets/site.3f2a9c1b77.css}): a changed file gets a new URL, so every copy may be cached for
 * a year as immutable. Stylesheets are minified on the way in. The plain paths ({@code /css/site.css}) answer too, for
 * a day, from the same bytes: no request opens the jar. In development pages use the plain paths and each request reads
 * the file from disk, so an edit shows on reload.
 */
public final class Assets {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String A_DAY = "public, max-age=86400";
    private static final String[] FILES = {"/css/site.css", "/css/print.css", "/js/charts.js", "/js/calculator.js",
        "/js/finder.js", "/favicon.svg"};
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");

    private final Map<String, String> urls = new LinkedHashMap<>();
    private final Map<String, Prepared> byName = new LinkedHashMap<>();
    private final Map<String, Prepared> byPath = new LinkedHashMap<>();
    private final SiteFiles files;
    private final Map<String, String> webjars;

    private Assets(SiteFiles files, Map<String, String> webjars) {
        this.files = files;
        this.webjars = webjars;
    }

    /** Every file the pages link to, fingerprinted; nothing in development. */
    public static Assets load(SiteFiles files, Map<String, String> webjars) {
        Assets assets = new Assets(files, Map.copyOf(webjars));
        if (files.fromDisk()) {
            return assets;
        }
        for (String path : FILES) {
            Path file = files.staticFiles().resolve(path.substring(1));
            if (Files.exists(file)) {
                assets.add(path, read(file));
            }
        }
        webjars.forEach((path, resource) -> assets.add(path, resource(resource)));
        return assets;
    }

    /** The URL a page should use for a static path: its fingerprinted name, or the path itself when not managed. */
    public String url(String path) {
        return urls.getOrDefault(path, path);
    }

    public Map<String, String> urls() {
        return Map.copyOf(urls);
    }

    /** GET and HEAD /assets/{name}. */
    public void serve(Context ctx) {
        Prepared asset = byName.get(ctx.pathParam("name"));
        if (asset == null) {
            throw new NotFoundResponse();
        }
        asset.send(ctx, IMMUTABLE);
    }

    /** GET and HEAD of a plain path ({@code /css/site.css}): from memory, or from disk in development. */
    public void serveFile(Context ctx) {
        String path = ctx.path();
        if (files.fromDisk()) {
            fromDisk(path).send(ctx, "no-cache");
            return;
        }
        Prepared file = byPath.get(path);
        if (file == null) {
            throw new NotFoundResponse();
        }
        file.send(ctx, A_DAY);
    }

    private Prepared fromDisk(String path) {
        String resource = webjars.get(path);
        if (resource != null) {
            return Prepared.of(resource(resource), type(path));
        }
        if (!java.util.Arrays.asList(FILES).contains(path)) {
            throw new NotFoundResponse();
        }
        Path file = files.staticFiles().resolve(path.substring(1));
        if (!Files.exists(file)) {
            throw new NotFoundResponse();
        }
        return Prepared.of(read(file), type(path));
    }

    private static String type(String path) {
        return TYPES.getOrDefault(path.substring(path.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private void add(String path, byte[] body) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String extension = file.substring(dot + 1);
        byte[] content = extension.equals("css")
                ? Minify.css(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : body;
        Prepared prepared = Prepared.of(content, type(path));
        String name = file.substring(0, dot) + "." + prepared.hash() + "." + extension;
        byName.put(name, prepared);
        byPath.put(path, prepared);
        urls.put(path, "/assets/" + name);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The build did not pack " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
