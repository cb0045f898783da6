package com.salaryatlas.calculator;

import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.site.Problems;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The JSON API over the dataset and the estimation service. */
public final class ApiController {

    static final int WHAT_IFS = 4;

    private final EstimationService estimates;

    public ApiController(EstimationService estimates) {
        this.estimates = estimates;
    }

    public void roles(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.json(EstimateJson.roles(estimates));
    }

    public void estimate(Context ctx) {
        EstimateForm form;
        try {
            form = EstimateForm.parse(FormData.parse(ctx.queryString()), estimates);
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
        ctx.json(EstimateJson.estimate(estimate, estimates.dataset().sourcesById(),
                estimates.whatIfs(form.request(), WHAT_IFS)));
    }
}
