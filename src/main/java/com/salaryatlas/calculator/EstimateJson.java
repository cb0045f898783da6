package com.salaryatlas.calculator;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.estimate.CompComponent;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.estimate.Estimate;
import com.salaryatlas.estimate.Factor;
import com.salaryatlas.estimate.Figures;
import com.salaryatlas.estimate.Move;
import com.salaryatlas.estimate.OfferCheck;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.estimate.WhatIf;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.explain.Format;
import com.salaryatlas.explain.MoveText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API's answers as records, written by Jackson: what {@code /api/roles} and {@code /api/estimate} send, field
 * for field. Every amount also travels formatted, in the words the pages use. {@code ApiContractTest} holds the
 * OpenAPI document to these shapes.
 */
final class EstimateJson {

    /** A role with its national pay distribution and where it comes from. */
    record RoleAnswer(String slug, String title, String soc, Percentiles distribution, String source, String basis) {
    }

    record Percentiles(long p10, long p25, long median, long p75, long p90) {
    }

    /** An estimate; {@code offer} only when one was given, {@code move} only with moving-to. */
    record EstimateAnswer(String role, String roleTitle, String level, String location, String locationName, long low,
                          long mid, long high, Placement percentile, Hourly hourly, Total total,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Offer offer, List<FactorAnswer> factors,
                          Map<String, String> text, List<WhatIfAnswer> whatIfs,
                          @JsonInclude(JsonInclude.Include.NON_NULL) MoveAnswer move) {
    }

    /**
     * The offer (or the estimate's middle) carried to another state at the same purchasing power, and the estimate
     * there. Where the estimate's place has no price level, the parity here, the carried amount and its placing are
     * left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MoveAnswer(String to, String toName, int year, Double rppHere, double rppThere, long amount, String amountIs,
                      Long carried, String position, Placement percentile, Placement nationalPercentile, Base there,
                      boolean placedThere, Map<String, String> text) {
    }

    record Hourly(double low, double mid, double high) {
    }

    record Span(long low, long high) {
    }

    record Base(long low, long mid, long high) {
    }

    /**
     * Base plus each part published for the role and employer, by the part's name (bonus, equity, benefits), beside
     * the fixed fields; {@code high} null when a part has no upper bound.
     */
    record Total(Span base, List<String> missing, long low, Long high, boolean openEnded,
                 @JsonIgnore Map<String, Part> parts) {
        @JsonAnyGetter
        Map<String, Part> byName() {
            return parts;
        }
    }

    record Part(long low, Long high, boolean openEnded, String basis, String source, String label, String text) {
    }

    record Offer(int amount, String verdict, String position, long outsideRange, long fromMiddle, Placement percentile,
                 Placement nationalPercentile) {
    }

    record FactorAnswer(String kind, String label, String effect, long change, String changeText, double percent,
                        boolean applied, String source, String sourceName,
                        @JsonInclude(JsonInclude.Include.NON_NULL) SurveyAnswer survey) {
    }

    /**
     * The survey figures a measured factor rests on: the survey year (or the pooled years), the grouping and group, its
     * answers, and for experience the cell median's rank among the occupation's population and the percentile of BLS
     * pay it places the middle at, for company size, work arrangement and a language the ratio to all developers with
     * the same years (a language's the one applied: 2025's, in bands of years coding).
     */
    record SurveyAnswer(String surveyYears, String grouping, String group, long n,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double rank,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double placedAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double ratio) {

        static SurveyAnswer of(Figures figures) {
            if (figures instanceof Figures.Survey s) {
                return new SurveyAnswer("2023+2024", s.devtype() != null ? "devtype" : "population",
                        s.devtype() != null ? s.devtype() : "BLS " + s.soc() + (s.allDevelopers() ? ", all developers" : ""),
                        s.n(), s.cellRank(), Math.round(s.mid() * 100) / 100.0, null);
            }
            if (figures instanceof Figures.SurveyRatio r) {
                return ratio(r);
            }
            if (figures instanceof Figures.Language l) {
                return ratio(l.applied());
            }
            return null;
        }

        private static SurveyAnswer ratio(Figures.SurveyRatio r) {
            return new SurveyAnswer(r.year(), r.grouping(), r.group(), r.n(), null, null,
                    Math.round(r.ratio() * 10_000) / 10_000.0);
        }
    }

    record WhatIfAnswer(String label, long change, String changeText) {
    }

    /** A percentile to one decimal, or "below-10th" / "above-90th" where it falls beyond the published points. */
    record Placement(Double percentile, String beyond) {
        static Placement of(OfferCheck.Placement p) {
            if (p.belowTenth()) {
                return new Placement(null, "below-10th");
            }
            if (p.aboveNinetieth()) {
                return new Placement(null, "above-90th");
            }
            return new Placement(Math.round(p.percentile() * 10) / 10.0, null);
        }

        @JsonValue
        Object json() {
            return beyond != null ? beyond : percentile;
        }
    }

    private final Explanations explain;

    EstimateJson(Explanations explain) {
        this.explain = explain;
    }

    List<RoleAnswer> roles(Dataset data, Distributions distributions) {
        return data.roles().stream().map(r -> role(distributions.of(r))).toList();
    }

    RoleAnswer role(RoleDistribution rd) {
        Distribution d = rd.distribution();
        return new RoleAnswer(rd.role().slug(), rd.role().title(), rd.role().soc(),
                new Percentiles(Math.round(d.p10()), Math.round(d.p25()), Math.round(d.median()), Math.round(d.p75()),
                        Math.round(d.p90())), rd.placed() ? rd.placement().occupation().source() : rd.source(),
                explain.basis(rd));
    }

    EstimateAnswer estimate(Estimate e, List<WhatIf> whatIfs, Move move) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (CompComponent c : e.total().extras()) {
            parts.put(c.component(), new Part(c.low(), c.high(), c.openEnded(), Explanations.describe(c.row()), c.source(),
                    Explanations.componentLabel(c), Explanations.amount(c)));
        }
        Total total = new Total(new Span(Math.round(e.base().low()), Math.round(e.base().high())),
                e.total().missing().stream().map(m -> m.component()).toList(), e.total().low(), e.total().high(),
                e.total().openEnded(), parts);
        OfferCheck o = e.offer();
        Offer offer = o == null ? null : new Offer(o.offer(), slug(o.verdict()), slug(o.position()), o.outsideRange(),
                o.fromMiddle(), Placement.of(o.here()), Placement.of(o.national()));
        return new EstimateAnswer(e.request().role().slug(), e.distribution().role().title(), e.level().slug,
                e.request().location().slug(), e.request().location().name(), Math.round(e.base().low()),
                Math.round(e.base().mid()), Math.round(e.base().high()), Placement.of(e.middle()),
                new Hourly(e.hourly().low(), e.hourly().mid(), e.hourly().high()), total, offer,
                e.factors().stream().map(this::factor).toList(), Explanations.summary(e),
                whatIfs.stream().map(w -> new WhatIfAnswer(Explanations.whatIf(w), w.change(), Format.change(w.change())))
                        .toList(), move == null ? null : move(move));
    }

    private static MoveAnswer move(Move m) {
        OfferCheck placed = m.placed();
        return new MoveAnswer(m.to().slug(), m.to().name(), m.toParity().year(),
                m.fromParity() == null ? null : m.fromParity().rpp(), m.toParity().rpp(), m.amount(),
                m.fromOffer() ? "offer" : "estimate-mid", m.carried(), placed == null ? null : slug(placed.position()),
                placed == null ? null : Placement.of(placed.here()), placed == null ? null : Placement.of(placed.national()),
                new Base(Math.round(m.there().base().low()), Math.round(m.there().base().mid()),
                        Math.round(m.there().base().high())), m.placedThere(), MoveText.summary(m));
    }

    private FactorAnswer factor(Factor f) {
        return new FactorAnswer(slug(f.kind()), explain.label(f), explain.effect(f), f.change(), Format.change(f.change()),
                Math.round(f.percent() * 10) / 10.0, f.applied(), f.source(), explain.sourceName(f.source()),
                SurveyAnswer.of(f.figures()));
    }

    /** An enum constant as the API spells it: lowercase, hyphenated. */
    private static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
