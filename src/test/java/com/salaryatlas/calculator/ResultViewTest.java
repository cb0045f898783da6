package com.salaryatlas.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salaryatlas.Fixtures;
import com.salaryatlas.calculator.ResultView.EstimateChart;
import com.salaryatlas.calculator.ResultView.Line;
import com.salaryatlas.web.Text;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.estimate.Estimate;
import com.salaryatlas.web.SlottedFragments;
import com.salaryatlas.web.SiteFiles;
import com.salaryatlas.web.SiteInfo;
import com.salaryatlas.web.ThymeleafRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultViewTest {

    private static final Fixtures.Model MODEL = Fixtures.fixtureModel();
    private final ThymeleafRenderer renderer = new ThymeleafRenderer(SiteFiles.packaged(),
            SiteInfo.of("https://salaryatlas.test", "t", Map.of()));

    private static Estimate withOffer(int offer) {
        return MODEL.estimates().estimate(MODEL.request("fixture-occupation", Level.MID).withOffer(offer));
    }

    /** A view holding only the chart, which is all the chart's markup reads. */
    private static ResultView withChart(EstimateChart chart) {
        return new ResultView(null, null, null, null, null, null, null, null, null, null, null, chart, List.of(),
                List.of(), List.of(), null, null, null, null, null);
    }

    private static String squeezed(String html) {
        return html.replaceAll("\\s+", " ").trim();
    }

    /** Every leaf there, each with the characters escaping is about. */
    private static ResultView everything(String tag) {
        Text t = Text.of("<i>" + tag + "</i> & “" + tag + "”");
        Line line = new Line(t, t);
        return new ResultView(t, t, t, t, t, t, t, t, t, new ResultView.Offer(t, t, "offer-card--" + tag),
                new ResultView.MoveCard(t, t, null, t, t, t, t),
                new EstimateChart("Chart \"" + tag + "\" & <co>", t, List.of(line, line), Text.markup("{\"a\":1}")),
                List.of(new ResultView.FactorRow(t, t, t, "factor-up", "/sources#a&b=\"" + tag + "\"", t),
                        new ResultView.FactorRow(t, t, t, "factor-down", null, t)),
                List.of(new ResultView.Part(t, t, t)), List.of(line), t, List.of(line, line, line),
                "https://salaryatlas.test/calculator?role=a&level=" + tag + "&x=<'>",
                "https://salaryatlas.test/calculator?role=a&offer=1", Text.markup("<p>links " + tag + "</p>"));
    }

    private String rendered(ResultView view) {
        return renderer.fragment("calculator/result :: result", Map.of("result", view));
    }

    @Test
    void a_result_filled_into_its_kept_shape_is_the_markup_a_render_of_its_view_gives() {
        assertEquals(rendered(everything("one")),
                new SlottedFragments(renderer, 4).render("calculator/result :: result", "result", everything("one")).toString());
    }

    @Test
    void a_second_result_of_the_same_shape_is_the_markup_a_render_of_its_view_gives() {
        SlottedFragments results = new SlottedFragments(renderer, 4);
        results.render("calculator/result :: result", "result", everything("one"));
        assertEquals(rendered(everything("two")),
                results.render("calculator/result :: result", "result", everything("two")).toString());
    }

    @Test
    void a_result_without_offer_move_or_what_ifs_is_the_markup_a_render_of_its_view_gives() {
        ResultView full = everything("one");
        ResultView sparse = new ResultView(full.roleTitle(), full.placeName(), full.low(), full.mid(), full.high(),
                full.range(), full.percentile(), full.hourly(), null, null, null, full.chart(), full.factors(),
                List.of(), List.of(), full.total(), null, full.shareUrl(), null, full.roleLinks());
        assertEquals(rendered(sparse),
                new SlottedFragments(renderer, 4).render("calculator/result :: result", "result", sparse).toString());
    }

    @Test
    void the_estimate_chart_prints_the_markup_the_shared_chart_fragment_prints_for_the_same_chart() {
        Estimate e = withOffer(150_000);
        String shared = renderer.fragment("fragments/chart :: chart", Map.of("chart", CalculatorController.chartOf(e)));
        String ours = renderer.fragment("calculator/result :: estimateChart",
                Map.of("result", withChart(CalculatorController.chart(e))));
        assertEquals(squeezed(shared), squeezed(ours));
    }

    private static List<String> chartLabels(Estimate e) {
        return CalculatorController.chart(e).rows().stream().map(Line::label).map(Text::toString).toList();
    }

    @Test
    void the_chart_table_has_the_five_percentiles_the_estimate_and_the_offer() {
        assertEquals(7, chartLabels(withOffer(150_000)).size());
    }

    @Test
    void the_chart_table_lists_its_points_lowest_first_so_an_offer_below_every_percentile_comes_first() {
        assertEquals("Your offer", chartLabels(withOffer(1_000)).get(0));
    }
}
