package com.salaryatlas.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.serving();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static JsonNode get(String path, int expectedStatus, String expectedType) {
        var response = site.get(path);
        assertEquals(expectedStatus, response.statusCode(), response.body());
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith(expectedType), type);
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode role(JsonNode roles, String slug) {
        for (JsonNode r : roles) {
            if (r.get("slug").asText().equals(slug)) {
                return r;
            }
        }
        throw new AssertionError("no role " + slug + " in " + roles);
    }

    @Test
    void roles_lists_every_role_with_its_primary_distribution_and_source() {
        JsonNode roles = get("/api/roles", 200, "application/json");
        var slugs = new java.util.ArrayList<String>();
        roles.forEach(r -> slugs.add(r.get("slug").asText()));
        assertEquals(java.util.List.of("reference", "median-only", "ranged", "fixture-occupation"), slugs);
        JsonNode reference = role(roles, "reference");
        assertEquals("15-1252", reference.get("soc").asText());
        assertEquals(130_000, reference.get("distribution").get("median").asInt());
        assertEquals(80_000, reference.get("distribution").get("p10").asInt());
        assertEquals("survey", reference.get("source").asText(), "the primary row of role_figures.csv");
        JsonNode medianOnly = role(roles, "median-only");
        assertEquals(91_000, medianOnly.get("distribution").get("median").asInt());
        assertEquals(56_000, medianOnly.get("distribution").get("p10").asInt(),
                "modelled on 15-1252's shape: 91,000 x 80,000 / 130,000");
    }

    @Test
    void roles_include_an_occupation_with_its_distribution_from_the_latest_official_year() {
        JsonNode occupation = role(get("/api/roles", 200, "application/json"), "fixture-occupation");
        assertEquals("15-1252", occupation.get("soc").asText());
        JsonNode d = occupation.get("distribution");
        // May 2024, not May 2023 (whose median was $125,000).
        assertEquals(java.util.List.of(80_000, 100_000, 130_000, 170_000, 210_000),
                java.util.List.of(d.get("p10").asInt(), d.get("p25").asInt(), d.get("median").asInt(),
                        d.get("p75").asInt(), d.get("p90").asInt()));
        assertEquals("fixture-national-2024", occupation.get("source").asText());
    }

    @Test
    void estimate_answers_the_range_percentile_hourly_total_and_factors() {
        // Entry level is the 10th to 25th percentile, $80,000-$100,000; the middle is the 17.5th, $90,000.
        JsonNode e = get("/api/estimate?role=reference&level=entry&location=us", 200, "application/json");
        assertEquals(80_000, e.get("low").asInt());
        assertEquals(90_000, e.get("mid").asInt());
        assertEquals(100_000, e.get("high").asInt());
        assertEquals(17.5, e.get("percentile").asDouble(), 1e-9);
        assertEquals(43.27, e.get("hourly").get("mid").asDouble(), 1e-9, "90,000 / 2,080");
        assertEquals(15_000, e.get("total").get("benefits").get("low").asInt(), "benefits row of total_comp.csv");
        assertEquals("equity", e.get("total").get("missing").get(0).asText(), "no equity row for a company-less request");
        assertEquals("experience", e.get("factors").get(0).get("kind").asText());
        assertEquals("$90,000", e.get("text").get("mid").asText());
    }

    @Test
    void estimate_in_a_state_scales_by_its_median_over_the_national_median() {
        // California's median $169,000 over the nation's $130,000 = 1.3; mid level $100,000-$130,000, middle $115,000.
        JsonNode e = get("/api/estimate?role=reference&level=mid&location=ca", 200, "application/json");
        assertEquals(130_000, e.get("low").asInt());
        assertEquals(149_500, e.get("mid").asInt());
        assertEquals(169_000, e.get("high").asInt());
        assertEquals("fixture-states-2024", e.get("factors").get(1).get("source").asText());
    }

    @Test
    void estimate_with_an_offer_gives_its_percentile() {
        JsonNode e = get("/api/estimate?role=reference&level=mid&offer=130000", 200, "application/json");
        assertEquals(50.0, e.get("offerPercentile").asDouble(), 1e-9);
    }

    @Test
    void bad_input_answers_400_problem_json_naming_each_bad_field() {
        JsonNode p = get("/api/estimate?role=astronaut&years=old&location=mars&offer=lots&skills=juggling",
                400, "application/problem+json");
        assertEquals(400, p.get("status").asInt());
        var fields = new java.util.ArrayList<String>();
        p.get("errors").forEach(err -> fields.add(err.get("field").asText()));
        assertEquals(java.util.List.of("role", "years", "location", "skills", "offer"), fields);
    }

    @Test
    void a_field_sent_twice_is_refused() {
        JsonNode p = get("/api/estimate?role=reference&role=ranged&level=mid", 400,
                "application/problem+json");
        assertEquals("role", p.get("errors").get(0).get("field").asText());
    }

    @Test
    void missing_role_and_experience_are_both_named() {
        JsonNode p = get("/api/estimate", 400, "application/problem+json");
        assertEquals("role", p.get("errors").get(0).get("field").asText());
        assertEquals("level", p.get("errors").get(1).get("field").asText());
    }

    @Test
    void unknown_api_path_answers_404_problem_json() {
        JsonNode p = get("/api/nothing", 404, "application/problem+json");
        assertEquals(404, p.get("status").asInt());
    }
}
