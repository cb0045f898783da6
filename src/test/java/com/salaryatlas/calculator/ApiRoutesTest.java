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

    @Test
    void roles_lists_every_role_with_its_primary_distribution_and_source() {
        JsonNode roles = get("/api/roles", 200, "application/json");
        assertEquals(9, roles.size());
        JsonNode backend = null;
        for (JsonNode r : roles) {
            if (r.get("slug").asText().equals("backend-developer")) {
                backend = r;
            }
        }
        assertEquals("15-1252", backend.get("soc").asText());
        assertEquals(133_080, backend.get("distribution").get("median").asInt());
        assertEquals(79_850, backend.get("distribution").get("p10").asInt());
        assertEquals("bls-oews-2024", backend.get("source").asText());
    }

    @Test
    void estimate_answers_the_range_percentile_hourly_total_and_factors() {
        JsonNode e = get("/api/estimate?role=backend-developer&level=entry&location=us", 200, "application/json");
        assertEquals(79_850, e.get("low").asInt());
        assertEquals(91_450, e.get("mid").asInt());
        assertEquals(103_050, e.get("high").asInt());
        assertEquals(17.5, e.get("percentile").asDouble(), 1e-9);
        assertEquals(43.97, e.get("hourly").get("mid").asDouble(), 1e-9);
        assertTrue(e.get("total").has("benefits"));
        assertEquals("experience", e.get("factors").get(0).get("kind").asText());
        assertEquals("$91,450", e.get("text").get("mid").asText());
    }

    @Test
    void estimate_with_an_offer_gives_its_percentile() {
        JsonNode e = get("/api/estimate?role=backend-developer&level=mid&offer=133080", 200, "application/json");
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
        JsonNode p = get("/api/estimate?role=backend-developer&role=devops-engineer&level=mid", 400,
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
