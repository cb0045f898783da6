package com.salaryatlas.calculator;

import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.site.Problems;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The JSON API over the dataset and the estimation service. */
public final class ApiController {

    static final int WHAT_IFS = 4;

    private final EstimationService estimates;
    private final EstimateLog log;

    public ApiController(EstimationService estimates, EstimateLog log) {
        this.estimates = estimates;
        this.log = log;
    }

    public void roles(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.json(EstimateJson.roles(estimates));
    }

    public void estimate(Context ctx) {
        EstimateForm form = EstimateForm.parse(ctx.queryParamMap(), estimates);
        if (!form.valid()) {
            Problems.send(ctx, HttpStatus.BAD_REQUEST, "Invalid estimate request",
                    "Some fields are missing or not understood; see errors.", form.errors);
            return;
        }
        var estimate = estimates.estimate(form.request());
        log.record(form.request());
        ctx.json(EstimateJson.estimate(estimate, estimates.dataset().sourcesById(),
                estimates.whatIfs(form.request(), WHAT_IFS)));
    }
}
