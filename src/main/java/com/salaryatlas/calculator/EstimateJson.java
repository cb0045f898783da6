package com.salaryatlas.calculator;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.estimate.CompComponent;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.estimate.Estimate;
import com.salaryatlas.estimate.Factor;
import com.salaryatlas.estimate.OfferCheck;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.estimate.WhatIf;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.explain.Format;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API. Every amount also travels formatted, in the words the pages use. */
final class EstimateJson {

    private final Explanations explain;

    EstimateJson(Explanations explain) {
        this.explain = explain;
    }

    Map<String, Object> role(RoleDistribution rd) {
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
        role.put("basis", explain.basis(rd));
        return role;
    }

    Map<String, Object> estimate(Estimate e, List<WhatIf> whatIfs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", e.request().role().slug());
        out.put("roleTitle", e.distribution().role().title());
        out.put("level", e.level().slug);
        out.put("location", e.request().location().slug());
        out.put("locationName", e.request().location().name());
        out.put("low", Math.round(e.base().low()));
        out.put("mid", Math.round(e.base().mid()));
        out.put("high", Math.round(e.base().high()));
        out.put("percentile", placement(e.middle()));
        out.put("modelled", e.modelled());
        out.put("hourly", Map.of("low", e.hourly().low(), "mid", e.hourly().mid(), "high", e.hourly().high()));
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("base", Map.of("low", Math.round(e.base().low()), "high", Math.round(e.base().high())));
        for (CompComponent c : e.total().extras()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("low", c.low());
            part.put("high", c.high());
            part.put("openEnded", c.openEnded());
            part.put("basis", Explanations.describe(c.row()));
            part.put("source", c.source());
            part.put("label", Explanations.componentLabel(c));
            part.put("text", Explanations.amount(c));
            total.put(c.component(), part);
        }
        total.put("missing", e.total().missing().stream().map(m -> m.component()).toList());
        total.put("low", e.total().low());
        total.put("high", e.total().high());
        total.put("openEnded", e.total().openEnded());
        out.put("total", total);
        if (e.offer() != null) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("amount", e.offer().offer());
            offer.put("verdict", e.offer().verdict().name().toLowerCase(java.util.Locale.ROOT));
            offer.put("position", e.offer().position().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            offer.put("outsideRange", e.offer().outsideRange());
            offer.put("fromMiddle", e.offer().fromMiddle());
            offer.put("percentile", placement(e.offer().here()));
            offer.put("nationalPercentile", placement(e.offer().national()));
            out.put("offer", offer);
        }
        out.put("factors", e.factors().stream().map(this::factor).toList());
        out.put("text", Explanations.summary(e));
        out.put("whatIfs", whatIfs.stream().map(w -> Map.of("label", Explanations.whatIf(w), "change", w.change(),
                "changeText", Format.change(w.change()))).toList());
        return out;
    }

    private Map<String, Object> factor(Factor f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
        out.put("label", explain.label(f));
        out.put("effect", explain.effect(f));
        out.put("change", f.change());
        out.put("changeText", Format.change(f.change()));
        out.put("percent", Math.round(f.percent() * 10) / 10.0);
        out.put("applied", f.applied());
        out.put("source", f.source());
        out.put("sourceName", explain.sourceName(f.source()));
        return out;
    }

    /** A placement as JSON: the percentile, or where it falls beyond the published points. */
    private static Object placement(OfferCheck.Placement p) {
        if (p.belowTenth()) {
            return "below-10th";
        }
        if (p.aboveNinetieth()) {
            return "above-90th";
        }
        return Math.round(p.percentile() * 10) / 10.0;
    }

    List<Map<String, Object>> roles(Dataset data, Distributions distributions) {
        return data.roles().stream().map(r -> role(distributions.of(r))).toList();
    }
}
