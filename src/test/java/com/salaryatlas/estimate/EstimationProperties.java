package com.salaryatlas.estimate;

import com.salaryatlas.Fixtures;
import com.salaryatlas.Fixtures.Model;
import com.salaryatlas.dataset.Level;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over random valid requests against the real dataset. */
class EstimationProperties {

    private final Model model = Fixtures.contentModel();
    private final EstimationService estimates = model.estimates();

    @Provide
    Arbitrary<EstimateRequest> requests() {
        var data = model.data();
        var roles = Arbitraries.of(data.roles());
        List<com.salaryatlas.dataset.Location> places = new ArrayList<>(data.locations());
        places.addAll(List.of(model.place("tx"), model.place("oh"), model.place("us")));
        List<String> skillIds = new ArrayList<>();
        data.premiums().stream().filter(p -> !p.kind().equals("company")).forEach(p -> skillIds.add(p.id()));
        data.skillPay().forEach(s -> skillIds.add(s.skill()));
        var companies = data.premiums().stream().filter(p -> p.isCompany()).toList();
        return Combinators.combine(roles, Arbitraries.of(Level.values()).injectNull(0.3),
                        Arbitraries.integers().between(0, 50).injectNull(0.5), Arbitraries.of(places),
                        Arbitraries.of(skillIds).list().uniqueElements().ofMaxSize(6),
                        Arbitraries.of(companies).injectNull(0.4), Arbitraries.integers().between(1_000, 10_000_000).injectNull(0.5))
                .as(EstimateRequest::new);
    }

    @Property
    boolean low_never_exceeds_mid_and_mid_never_exceeds_high(@ForAll("requests") EstimateRequest request) {
        Range r = estimates.estimate(request).base();
        return r.low() <= r.mid() && r.mid() <= r.high();
    }

    @Property
    boolean no_figure_is_nan_or_negative(@ForAll("requests") EstimateRequest request) {
        Estimate e = estimates.estimate(request);
        double[] all = {e.base().low(), e.base().mid(), e.base().high(), e.hourly().low(), e.hourly().high(),
            e.percentile(), e.total().low(), e.total().high(), e.offerPercentile() == null ? 0 : e.offerPercentile()};
        for (double v : all) {
            if (Double.isNaN(v) || Double.isInfinite(v) || v < 0) {
                return false;
            }
        }
        return e.percentile() >= 1 && e.percentile() <= 99;
    }

    @Property
    boolean another_year_of_experience_never_lowers_the_estimate(@ForAll("requests") EstimateRequest request) {
        int years = request.years() == null ? 5 : Math.min(request.years(), 49);
        Range fewer = estimates.estimate(request.withYears(years)).base();
        Range more = estimates.estimate(request.withYears(years + 1)).base();
        return more.low() >= fewer.low() && more.mid() >= fewer.mid() && more.high() >= fewer.high();
    }

    @Property
    boolean a_higher_level_never_lowers_the_estimate(@ForAll("requests") EstimateRequest request) {
        Level[] levels = Level.values();
        EstimateRequest byLevel = new EstimateRequest(request.role(), levels[0], null, request.location(),
                request.skills(), request.company(), null);
        Range previous = estimates.estimate(byLevel).base();
        for (int i = 1; i < levels.length; i++) {
            Range next = estimates.estimate(new EstimateRequest(request.role(), levels[i], null, request.location(),
                    request.skills(), request.company(), null)).base();
            if (next.low() < previous.low() || next.mid() < previous.mid() || next.high() < previous.high()) {
                return false;
            }
            previous = next;
        }
        return true;
    }

    @Property
    boolean adding_a_premium_never_lowers_the_estimate(@ForAll("requests") EstimateRequest request,
                                                       @ForAll("skillIds") String extra) {
        if (request.skills().contains(extra)) {
            return true;
        }
        List<String> more = new ArrayList<>(request.skills());
        more.add(extra);
        Range before = estimates.estimate(request).base();
        Range after = estimates.estimate(request.withSkills(more)).base();
        return after.low() >= before.low() && after.mid() >= before.mid() && after.high() >= before.high();
    }

    @Provide
    Arbitrary<String> skillIds() {
        List<String> ids = new ArrayList<>();
        model.data().premiums().stream().filter(p -> !p.kind().equals("company")).forEach(p -> ids.add(p.id()));
        model.data().skillPay().forEach(s -> ids.add(s.skill()));
        return Arbitraries.of(ids);
    }
}
