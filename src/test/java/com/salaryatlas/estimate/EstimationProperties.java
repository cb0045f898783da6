package com.salaryatlas.estimate;

import com.salaryatlas.Fixtures;
import com.salaryatlas.Fixtures.Model;
import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.estimate.Factor.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The rules of the estimation method (DESIGN.md), held over random valid requests against the real dataset. */
class EstimationProperties {

    private final Model model = Fixtures.contentModel();
    private final EstimationService estimates = model.estimates();

    @Provide
    Arbitrary<EstimateRequest> requests() {
        var data = model.data();
        List<Location> places = new ArrayList<>();
        data.oews().areas().forEach(a -> places.add(model.place(a.key())));
        data.locations().stream().filter(l -> !l.type().equals("state")).forEach(places::add);
        Arbitrary<Role> roles = Arbitraries.of(data.roles());
        return roles.flatMap(role -> {
            List<Level> levels = role.levels();
            List<String> skills = estimates.offeredSkills(role.slug());
            List<String> sizes = List.copyOf(estimates.surveyFactors().groups(SurveyFactors.ORG_SIZE).keySet());
            List<String> arrangements = List.copyOf(estimates.surveyFactors().groups(SurveyFactors.ARRANGEMENT).keySet());
            Arbitrary<List<String>> chosen = skills.isEmpty() ? Arbitraries.just(List.of())
                    : Arbitraries.of(skills).list().uniqueElements().ofMaxSize(5);
            Arbitrary<String> size = Arbitraries.of(sizes).injectNull(0.4);
            Arbitrary<String> arrangement = Arbitraries.of(arrangements).injectNull(0.4);
            Arbitrary<Integer> years = Arbitraries.integers().between(role.firstLevel().fromYears, 50).injectNull(0.5);
            return Combinators.combine(Arbitraries.of(levels), years, Arbitraries.of(places), chosen, size, arrangement,
                            Arbitraries.integers().between(1_000, 1_000_000).injectNull(0.5))
                    .as((level, y, place, s, o, a, offer) -> new EstimateRequest(role, level, y, place, s, offer)
                            .withOrgSize(o).withArrangement(a));
        });
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
            e.total().low(), e.total().high() == null ? 0 : e.total().high()};
        for (double v : all) {
            if (Double.isNaN(v) || Double.isInfinite(v) || v < 0) {
                return false;
            }
        }
        return true;
    }

    @Property
    boolean total_pay_is_exactly_base_plus_the_parts_shown(@ForAll("requests") EstimateRequest request) {
        Estimate e = estimates.estimate(request);
        long low = e.base().low() > 0 ? Math.round(e.base().low()) : 0;
        Long high = Math.round(e.base().high());
        for (CompComponent c : e.total().extras()) {
            low += c.low();
            high = high == null || c.high() == null ? null : high + c.high();
        }
        return low == e.total().low() && java.util.Objects.equals(high, e.total().high());
    }

    @Property
    boolean neighbouring_levels_overlap_and_their_middles_rise(@ForAll("requests") EstimateRequest request) {
        Range previous = null;
        for (Level level : request.role().levels()) {
            Range r = estimates.estimate(request.withYears(null).withLevel(level)).base();
            if (previous != null && !(r.low() < previous.high() && r.mid() > previous.mid())) {
                return false;
            }
            previous = r;
        }
        return true;
    }

    @Property
    boolean another_year_never_lowers_the_estimate(@ForAll("requests") EstimateRequest request) {
        int years = request.years() == null ? request.role().firstLevel().fromYears : Math.min(request.years(), 49);
        Range fewer = estimates.estimate(request.withYears(years)).base();
        Range more = estimates.estimate(request.withYears(years + 1)).base();
        return more.low() >= fewer.low() && more.mid() >= fewer.mid() && more.high() >= fewer.high();
    }

    @Property
    boolean a_higher_offer_never_sits_lower(@ForAll("requests") EstimateRequest request,
                                             @ForAll @IntRange(min = 1_000, max = 400_000) int offer,
                                             @ForAll @IntRange(min = 1, max = 50_000) int more) {
        OfferCheck a = estimates.estimate(request.withOffer(offer)).offer();
        OfferCheck b = estimates.estimate(request.withOffer(offer + more)).offer();
        return rank(b.here()) >= rank(a.here()) && rank(b.national()) >= rank(a.national());
    }

    @Property
    boolean the_same_offer_sits_lower_at_a_higher_level(@ForAll("requests") EstimateRequest request) {
        List<Level> levels = request.role().levels();
        EstimateRequest byLevel = request.withYears(null);
        Estimate first = estimates.estimate(byLevel.withLevel(levels.get(0)));
        int offer = (int) first.base().mid();
        double lower = rank(estimates.estimate(byLevel.withLevel(levels.get(0)).withOffer(offer)).offer().here());
        double higher = rank(estimates.estimate(byLevel.withLevel(levels.get(levels.size() - 1)).withOffer(offer)).offer().here());
        return higher < lower;
    }

    @Property
    boolean the_combined_premiums_never_exceed_the_cap(@ForAll("requests") EstimateRequest request) {
        Range without = estimates.estimate(request.withSkills(List.of()).withOrgSize(null).withArrangement(null)).base();
        Range with = estimates.estimate(request).base();
        double cap = 1 + EstimationService.PREMIUM_CAP_PCT / 100;
        // Two roundings to whole dollars stand between the two estimates, hence the dollar or two of slack.
        return with.low() <= without.low() * cap + 2 && with.mid() <= without.mid() * cap + 2
                && with.high() <= without.high() * cap + 2;
    }

    @Property
    boolean a_group_counts_once(@ForAll("requests") EstimateRequest request) {
        List<String> skills = estimates.offeredSkills(request.role().slug());
        for (String a : skills) {
            for (String b : skills) {
                if (!a.equals(b) && estimates.group(a).equals(estimates.group(b))) {
                    Range both = estimates.estimate(request.withSkills(List.of(a, b)).withOrgSize(null).withArrangement(null)).base();
                    Range onlyA = estimates.estimate(request.withSkills(List.of(a)).withOrgSize(null).withArrangement(null)).base();
                    Range onlyB = estimates.estimate(request.withSkills(List.of(b)).withOrgSize(null).withArrangement(null)).base();
                    if (!both.equals(onlyA.mid() >= onlyB.mid() ? onlyA : onlyB)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Property
    boolean a_states_factor_is_the_ratio_of_its_published_medians(@ForAll("requests") EstimateRequest request) {
        if (!List.of("state", "territory").contains(request.location().type())) {
            return true;
        }
        Area area = model.data().oews().area(request.location().state()).orElseThrow();
        String soc = request.role().soc();
        Optional<OccupationPay> state = model.data().oews().state(soc, area.code());
        Factor f = estimates.estimate(request).factors().stream().filter(x -> x.kind() == Kind.LOCATION).findFirst().orElseThrow();
        if (state.isEmpty() || state.get().median() == null || !state.get().median().exact()) {
            return !f.applied();
        }
        double national = model.data().oews().national(soc, model.data().oews().year(state.get().source()))
                .orElseThrow().median().amount();
        return Math.abs(f.percent() - (state.get().median().amount() / national - 1) * 100) < 1e-9;
    }

    /** A placement as a number that orders: below the 10th counts as 0, above the 90th as 100. */
    @Provide
    Arbitrary<LanguageLifts.Lift> measuredLanguages() {
        return Arbitraries.of(estimates.languages().all().stream().filter(LanguageLifts.Lift::measured).toList());
    }

    @Property
    boolean a_languages_applied_lift_is_never_larger_than_its_measured_lift(
            @ForAll("measuredLanguages") LanguageLifts.Lift language) {
        return Math.abs(language.applied()) <= Math.abs(language.coding().percent());
    }

    @Property
    boolean shrinking_a_languages_lift_moves_it_toward_zero_never_past_it(
            @ForAll("measuredLanguages") LanguageLifts.Lift language) {
        return language.applied() * language.coding().percent() >= 0;
    }

    @Property
    boolean the_shrink_weight_lies_between_zero_and_one_and_grows_with_the_sample(
            @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 10_000_000) long n) {
        double weight = EstimationService.shrinkWeight(n);
        return weight >= 0 && weight < 1 && EstimationService.shrinkWeight(n + 1) > weight;
    }

    @Property
    boolean the_cap_holds_with_every_offered_language_and_skill_chosen(@ForAll("requests") EstimateRequest request) {
        Range without = estimates.estimate(request.withSkills(List.of()).withOrgSize(null).withArrangement(null)).base();
        Range with = estimates.estimate(request.withSkills(estimates.offeredSkills(request.role().slug()))).base();
        double cap = 1 + EstimationService.PREMIUM_CAP_PCT / 100;
        return with.low() <= without.low() * cap + 2 && with.mid() <= without.mid() * cap + 2
                && with.high() <= without.high() * cap + 2;
    }

    @Property
    boolean a_language_the_survey_measures_applies_the_surveys_lift_whatever_else_measures_it(
            @ForAll("measuredLanguages") LanguageLifts.Lift language) {
        Role role = model.data().roles().stream().filter(r -> language.language().appliesTo(r.slug())).findFirst()
                .orElseThrow();
        Factor f = estimates.skillFactor(role.slug(), language.language().skill());
        return f.reason() == Factor.Reason.SKILL_SURVEY && f.percent() == language.applied();
    }

    private static double rank(OfferCheck.Placement p) {
        return p.belowTenth() ? 0 : p.aboveNinetieth() ? 100 : p.percentile();
    }

}
