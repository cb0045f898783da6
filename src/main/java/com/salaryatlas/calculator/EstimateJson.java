package com.salaryatlas.calculator;

import com.salaryatlas.estimate.CompComponent;
import com.salaryatlas.estimate.Estimate;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.Factor;
import com.salaryatlas.estimate.Format;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.estimate.WhatIf;
import com.salaryatlas.salary.Distribution;
import com.salaryatlas.salary.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API. Every amount also travels formatted, so the page's script prints exactly what the server would. */
final class EstimateJson {

    private EstimateJson() {
    }

    static Map<String, Object> role(RoleDistribution rd) {
        Distribution d = rd.distribution();
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("p10", Math.round(d.p10()));
        distribution.put("p25", Math.round(d.p25()));
        distribution.put("median", Math.round(d.median()));
        distribution.put("p75", Math.round(d.p75()));
        distribution.put("p90", Math.round(d.p90()));
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("slug", rd.role().slug());
        role.put("title", rd.role().title());
        role.put("soc", rd.role().soc());
        role.put("distribution", distribution);
        role.put("source", rd.source());
        role.put("basis", rd.basis());
        return role;
    }

    static Map<String, Object> estimate(Estimate e, Map<String, Source> sources, List<WhatIf> whatIfs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", e.request().role());
        out.put("roleTitle", e.distribution().role().title());
        out.put("level", e.level().slug);
        out.put("location", e.request().location());
        out.put("locationName", e.locationName());
        out.put("low", Math.round(e.base().low()));
        out.put("mid", Math.round(e.base().mid()));
        out.put("high", Math.round(e.base().high()));
        out.put("percentile", Math.round(e.percentile() * 10) / 10.0);
        out.put("hourly", Map.of("low", e.hourly().low(), "mid", e.hourly().mid(), "high", e.hourly().high()));
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("base", Map.of("low", Math.round(e.base().low()), "high", Math.round(e.base().high())));
        for (CompComponent c : e.total().extras()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("low", c.low());
            part.put("high", c.high());
            part.put("openEnded", c.openEnded());
            part.put("basis", c.basis());
            part.put("source", c.source());
            part.put("label", c.label());
            part.put("text", Format.money(c.low()) + (c.openEnded() ? " or more" : "\u2013" + Format.money(c.high())));
            total.put(c.component(), part);
        }
        total.put("missing", e.total().missing());
        total.put("low", e.total().low());
        total.put("high", e.total().high());
        out.put("total", total);
        out.put("offerPercentile", e.offerPercentile() == null ? null : Math.round(e.offerPercentile() * 10) / 10.0);
        out.put("factors", e.factors().stream().map(f -> factor(f, sources)).toList());
        out.put("text", text(e));
        out.put("whatIfs", whatIfs.stream().map(w -> Map.of("label", w.label(), "change", w.change(),
                "changeText", Format.change(w.change()))).toList());
        out.put("chart", CalculatorController.chart(e).json());
        return out;
    }

    private static Map<String, Object> factor(Factor f, Map<String, Source> sources) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", f.kind());
        out.put("label", f.label());
        out.put("effect", f.effect());
        out.put("change", f.change());
        out.put("changeText", Format.change(f.change()));
        out.put("percent", Math.round(f.percent() * 10) / 10.0);
        out.put("applied", f.applied());
        out.put("source", f.source());
        Source s = f.source() == null ? null : sources.get(f.source());
        out.put("sourceName", s == null ? "Salary Atlas method" : s.citation());
        return out;
    }

    /** The sentences the result panel prints, formatted once here for server and script alike. */
    static Map<String, String> text(Estimate e) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("low", Format.money(e.base().low()));
        t.put("mid", Format.money(e.base().mid()));
        t.put("high", Format.money(e.base().high()));
        t.put("hourly", Format.cents(e.hourly().mid()) + " an hour (" + Format.cents(e.hourly().low()) + "–"
                + Format.cents(e.hourly().high()) + ")");
        t.put("percentile", percentileSentence(e.percentile(), "The middle of this estimate"));
        t.put("total", Format.range(e.total().low(), e.total().high()));
        if (e.offerPercentile() != null) {
            t.put("offer", percentileSentence(e.offerPercentile(), "Your offer of " + Format.money(e.request().offer())));
        }
        return t;
    }

    static String percentileSentence(double percentile, String subject) {
        String where;
        if (percentile < 10) {
            where = "below the 10th percentile";
        } else if (percentile > 90) {
            where = "above the 90th percentile";
        } else {
            where = "at about the " + Format.ordinal(Math.round(percentile)) + " percentile";
        }
        return subject + " sits " + where + " of national pay for this role.";
    }

    static List<Map<String, Object>> roles(EstimationService estimates) {
        return estimates.dataset().roles().stream().map(r -> role(estimates.distribution(r.slug()))).toList();
    }
}
