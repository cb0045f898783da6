package com.salaryatlas.reports;

import com.salaryatlas.data.Reports;
import com.salaryatlas.web.FormBody;
import com.salaryatlas.web.PageMeta;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
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
    private final FormBody formBody;

    private final String siteOrigin;

    /** {@code siteUrl}: the public address; a post whose Origin is neither it nor the address it was sent to is refused. */
    public ReportController(Reports reports, FormBody formBody, String siteUrl) {
        this.reports = reports;
        this.formBody = formBody;
        this.siteOrigin = origin(siteUrl);
    }

    /** POST /report. */
    public void submitForm(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (crossSite(ctx)) {
            problem(ctx, HttpStatus.FORBIDDEN, ReportForm.blank(""),
                    "Reports are taken only from the form on this site's own pages.");
            return;
        }
        ReportForm form;
        try {
            form = ReportForm.parse(formBody.read(ctx));
        } catch (FormBody.Refused refused) {
            problem(ctx, refused.status(), ReportForm.blank(""), refused.getMessage()
                    + " Please write your report in the form on the page you want to report.");
            return;
        }
        if (!form.valid()) {
            problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, form, null);
            return;
        }
        try {
            reports.add(form.page, form.text());
        } catch (Reports.Full e) {
            LOG.warn("{}", e.getMessage());
            problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, form, "We are not taking more reports right now: we have more "
                    + "waiting to be read than we can keep. Your text is still below; please try again in a few days.");
            return;
        } catch (Reports.Unavailable e) {
            LOG.warn("{}", e.getMessage());
            problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, form, "Your report could not be saved right now: our database is "
                    + "not answering. Your text is still below; please try again in a few minutes.");
            return;
        }
        ctx.render("reports/thanks.html", Map.of("form", form,
                "page", PageMeta.of("Thank you for your report", "Your report of a wrong figure reached us.").noindexed()));
    }

    /**
     * A post another site's page made a visitor's browser send. Browsers say so in {@code Sec-Fetch-Site}, and in
     * {@code Origin} on every POST; a client that sends neither (curl, an old browser) is not a cross-site forgery.
     */
    private boolean crossSite(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return false;
        }
        String host = ctx.header("Host");
        return !origin.equalsIgnoreCase(siteOrigin)
                && (host == null || !(origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host)));
    }

    /** scheme://host[:port] of a URL, as a browser writes it in Origin. */
    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
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
