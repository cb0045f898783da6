package com.salaryatlas.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.salaryatlas.Fixtures;
import com.salaryatlas.calculator.ResultView.EstimateChart;
import com.salaryatlas.calculator.ResultView.Line;
import com.salaryatlas.calculator.ResultView.Text;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.estimate.Estimate;
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

    @Test
    void text_is_escaped_as_thymeleafs_th_text_escapes_it() {
        assertEquals("&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;",
                Text.of("<b title=\"x\">Tom & Jerry's</b>").toString());
    }

    @Test
    void text_without_markup_characters_is_kept_as_it_is() {
        assertEquals("−$15,015 · “quoted”", Text.of("−$15,015 · “quoted”").toString());
    }

    @Test
    void no_text_makes_no_text() {
        assertNull(Text.of(null));
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
