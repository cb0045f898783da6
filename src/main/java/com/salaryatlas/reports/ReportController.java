package com.salaryatlas.reports;

import com.salaryatlas.data.Reports;
import com.salaryatlas.web.FormData;
import com.salaryatlas.web.PageMeta;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Report a wrong figure": a plain form on every page with figures posts here ({@link #submitForm}). A good report is
 * stored and thanked; a bad one comes back with the text kept and the problem at its field; a database that is down
 * gets an honest 503, never a 500.
 */
public final class ReportController {

    private static final Logger LOG = LoggerFactory.getLogger(ReportController.class);

    private final Reports reports;

    public ReportController(Reports reports) {
        this.reports = reports;
    }

    /** POST /report. */
    public void submitForm(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String type = ctx.header("Content-Type") == null ? "" : ctx.header("Content-Type").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            problem(ctx, HttpStatus.BAD_REQUEST, ReportForm.blank(""),
                    "A report is an ordinary form submission. Please use the form on the page you want to report.");
            return;
        }
        ReportForm form;
        try {
            form = ReportForm.parse(FormData.parse(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            problem(ctx, HttpStatus.BAD_REQUEST, ReportForm.blank(""),
                    "We could not read that submission. Please write your report again.");
            return;
        } catch (HttpResponseException | IllegalStateException e) {
            ctx.header("Connection", "close");
            problem(ctx, HttpStatus.CONTENT_TOO_LARGE, ReportForm.blank(""),
                    "That submission was far larger than a report can be. Please keep it to "
                            + String.format("%,d", ReportForm.MAX_MESSAGE) + " characters.");
            return;
        }
        if (!form.valid()) {
            problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, form, null);
            return;
        }
        try {
            reports.add(form.page, form.text());
        } catch (Reports.Unavailable e) {
            LOG.warn("{}", e.getMessage());
            problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, form, "Your report could not be saved right now: our database is "
                    + "not answering. Your text is still below; please try again in a few minutes.");
            return;
        }
        ctx.render("reports/thanks.html", Map.of("form", form,
                "page", PageMeta.of("Thank you for your report", "Your report of a wrong figure reached us.").noindexed()));
    }

    private static void problem(Context ctx, HttpStatus status, ReportForm form, String problem) {
        ctx.status(status);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("problem", problem);
        model.put("pageError", form.errors.get("page"));
        model.put("messageError", form.errors.get("message"));
        model.put("errors", List.copyOf(form.errors.entrySet()));
        model.put("page", PageMeta.of("Report a wrong figure", "Tell us about a figure that looks wrong.").noindexed());
        ctx.render("reports/form.html", model);
    }
}
