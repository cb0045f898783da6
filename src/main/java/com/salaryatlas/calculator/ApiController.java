package com.salaryatlas.calculator;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.Moves;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.web.FormData;
import com.salaryatlas.web.Problems;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The JSON API over the dataset and the estimation service. */
public final class ApiController {

    static final int WHAT_IFS = 4;

    private final Dataset data;
    private final Distributions distributions;
    private final EstimationService estimates;
    private final EstimateJson json;
    private final Moves moves;

    public ApiController(Dataset data, Distributions distributions, EstimationService estimates, Explanations explain,
                         Moves moves) {
        this.data = data;
        this.moves = moves;
        this.distributions = distributions;
        this.estimates = estimates;
        this.json = new EstimateJson(explain);
    }

    public void roles(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.json(json.roles(data, distributions));
    }

    public void estimate(Context ctx) {
        // An estimate may analyse the visitor's offer: no cache along the way keeps it.
        ctx.header("Cache-Control", "no-store");
        EstimateForm form;
        try {
            form = EstimateForm.parse(FormData.parse(ctx.queryString()), data, estimates.surveyFactors());
        } catch (IllegalArgumentException e) {
            Problems.send(ctx, HttpStatus.BAD_REQUEST, "Malformed query",
                    "The query string is not valid URL encoding.", java.util.Map.of());
            return;
        }
        if (!form.valid()) {
            Problems.send(ctx, HttpStatus.BAD_REQUEST, "Invalid estimate request",
                    "Some fields are missing or not understood; see errors.", form.errors);
            return;
        }
        var estimate = estimates.estimate(form.request());
        // Not logged: the calculator page calls this on every change, which would count one visit many times.
        ctx.json(json.estimate(estimate, estimates.whatIfs(form.request(), WHAT_IFS),
                form.destination() == null ? null : moves.move(estimate, form.destination())));
    }
}
