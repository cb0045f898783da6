package com.salaryatlas.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.estimate.SurveyFactors;
import com.salaryatlas.web.Lazy;
import com.salaryatlas.web.PageCache;
import com.salaryatlas.web.Prepared;
import com.salaryatlas.web.PageMeta;
import com.salaryatlas.web.PageMeta.Crumb;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Open data: {@code /data} lists the dataset's CSV files with their row counts and a data dictionary, and documents
 * the JSON API; {@code /data/{file}} downloads one file; {@code /api/openapi.json} describes the API.
 */
public final class OpenDataController {

    private static final String CACHE = "public, max-age=3600";

    private final Lazy<DataFiles> files;
    private final String exampleRole;
    private final PageCache cache;
    private final Lazy<Prepared> openApi;

    public OpenDataController(Supplier<DataFiles> files, Dataset data, SurveyFactors surveyFactors, PageCache cache,
                              String siteUrl, String version) {
        this.files = new Lazy<>(files);
        this.exampleRole = data.roles().get(0).slug();
        this.cache = cache;
        this.openApi = new Lazy<>(() -> {
            try {
                return Prepared.of(new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(OpenApi.document(data, surveyFactors, siteUrl, version)), "application/json");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not write the OpenAPI document", e);
            }
        });
    }

    /** GET /data. */
    public void index(Context ctx) {
        cache.render(ctx, "opendata/data.html", () -> Map.of(
                "files", files.get().all(),
                "exampleRole", exampleRole,
                "page", PageMeta.of("Open data: the salary dataset as CSV",
                                "Download every file behind Salary Atlas's figures as CSV, with a data dictionary, and use the JSON API.")
                        .withBreadcrumbs(List.of(new Crumb("Open data", "/data")))));
    }

    /** GET /data/{file}: only a name the folder listing holds; anything else is a 404. */
    public void download(Context ctx) {
        DataFiles.DataFile file = files.get().file(ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
        send(ctx, file.bytes(), file.etag(), "text/csv; charset=utf-8");
    }

    /** GET /api/openapi.json. */
    public void openApi(Context ctx) {
        openApi.get().send(ctx, CACHE);
    }

    private static void send(Context ctx, byte[] bytes, String etag, String type) {
        ctx.header("Cache-Control", CACHE);
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(type).result(bytes);
    }

    private static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
