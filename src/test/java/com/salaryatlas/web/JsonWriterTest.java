package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON pages embed: charts and structured data, written field by field. */
class JsonWriterTest {

    private static final ObjectMapper READ = new ObjectMapper();
    private final JsonLd jsonLd = new JsonLd("https://salaryatlas.test");

    private static Map<String, Double> percentiles() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("percentile10", 80_000.4);
        p.put("median", 120_000.6);
        p.put("percentile90", null);
        return p;
    }

    @Test
    void an_occupations_structured_data_comes_out_in_one_order() {
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"Occupation\",\"name\":\"Backend Developer\","
                + "\"description\":\"Builds servers\",\"occupationalCategory\":\"15-1252\",\"occupationLocation\":"
                + "{\"@type\":\"State\",\"name\":\"Ohio\"},\"estimatedSalary\":[{\"@type\":\"MonetaryAmountDistribution\","
                + "\"name\":\"base salary\",\"currency\":\"USD\",\"duration\":\"P1Y\",\"percentile10\":80000,"
                + "\"median\":120001}],\"mainEntityOfPage\":\"https://salaryatlas.test/salaries/x\"}",
                jsonLd.occupation("Backend Developer", "Builds servers", "15-1252", "Ohio", "State", "/salaries/x", percentiles()));
    }

    @Test
    void an_occupation_with_no_published_percentile_carries_no_salary() throws Exception {
        Map<String, Double> none = new LinkedHashMap<>();
        none.put("median", null);
        JsonNode ld = READ.readTree(jsonLd.occupation("A", "B", "15-1252", "Ohio", "State", "/x", none));
        assertFalse(ld.has("estimatedSalary"));
    }

    @Test
    void an_articles_breadcrumbs_end_at_the_article() throws Exception {
        JsonNode ld = READ.readTree(jsonLd.article("Pay", "About pay", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 4), "/guides/pay"));
        assertEquals("https://salaryatlas.test/guides/pay", ld.get(1).get("itemListElement").get(2).get("item").asText());
    }

    @Test
    void an_articles_author_is_the_editorial_team() throws Exception {
        JsonNode ld = READ.readTree(jsonLd.article("Pay", "About pay", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 4), "/guides/pay"));
        assertEquals("Salary Atlas editorial team", ld.get(0).get("author").get("name").asText());
    }

    @Test
    void a_title_with_markup_cannot_close_the_script_block() {
        assertFalse(jsonLd.article("</script><script>alert(1)</script>", "d", LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 2), "/guides/x").contains("<"));
    }

    @Test
    void a_charts_json_reads_as_the_chart() throws Exception {
        Chart chart = new Chart("c", "range", "Pay", "Summary", "money", List.of("a", "b"),
                List.of(new Chart.Series("Range", Arrays.asList(2.5, null), List.of(1.0, 2.0))), List.of("Point", "Pay"),
                List.of(List.of("a", "$1")));
        assertEquals("{\"kind\":\"range\",\"format\":\"money\",\"title\":\"Pay\",\"labels\":[\"a\",\"b\"],\"series\":"
                + "[{\"label\":\"Range\",\"values\":[2.5,null],\"lows\":[1.0,2.0]}],\"head\":[\"Point\",\"Pay\"],"
                + "\"rows\":[[\"a\",\"$1\"]],\"summary\":\"Summary\"}", chart.json());
    }

    @Test
    void a_chart_without_lows_writes_none() throws Exception {
        Chart chart = new Chart("c", "bar", "Pay", "S", "money", List.of("a"),
                List.of(Chart.Series.of("Pay", List.of(1.0))), List.of("Point", "Pay"), List.of(List.of("a", "$1")));
        assertFalse(READ.readTree(chart.json()).get("series").get(0).has("lows"));
    }
}
