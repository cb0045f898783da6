package com.salaryatlas.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.Fixtures;
import com.salaryatlas.TestSite;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.estimate.Move;
import com.salaryatlas.estimate.Moves;
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
        assertEquals(java.util.List.of("reference", "median-only", "ranged", "fixture-occupation", "senior-title"), slugs);
        JsonNode reference = role(roles, "reference");
        assertEquals("15-1252", reference.get("soc").asText());
        assertEquals(130_000, reference.get("distribution").get("median").asInt());
        assertEquals(80_000, reference.get("distribution").get("p10").asInt());
        assertEquals("survey", reference.get("source").asText(), "the primary row of role_figures.csv");
        JsonNode medianOnly = role(roles, "median-only");
        assertEquals(130_000, medianOnly.get("distribution").get("median").asInt(),
                "no survey job type, and BLS gives 15-1254 only a median: 15-1252's published pay, not its 91,000 scaled");
        JsonNode ranged = role(roles, "ranged").get("distribution");
        // No survey job type stands for it: its occupation's (15-1252) published pay, not its 120,000-180,000 range.
        assertEquals(java.util.List.of(80_000, 130_000, 210_000), java.util.List.of(ranged.get("p10").asInt(),
                ranged.get("median").asInt(), ranged.get("p90").asInt()));
        assertEquals("fixture-national-2024", role(roles, "ranged").get("source").asText());
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
        // Entry level stands for 1 year, the 0-2 band's centre. The fixture's back-end cell there has 20 answers, so
        // 15-1252's own cell stands in: its p25, median and p75 rank at 5.50, 14.20 and 29.40 (survey_ranks.csv). On
        // 80,000 / 100,000 / 130,000 / 170,000 / 210,000: low $80,000 (5.50 is below the 10th, read as the 10th);
        // middle 80,000 + 4.20 / 15 x 20,000 = $85,600; high 100,000 + 4.40 / 25 x 30,000 = $105,280.
        JsonNode e = get("/api/estimate?role=reference&level=entry&location=us", 200, "application/json");
        assertEquals(80_000, e.get("low").asInt());
        assertEquals(85_600, e.get("mid").asInt());
        assertEquals(105_280, e.get("high").asInt());
        assertEquals(14.2, e.get("percentile").asDouble(), 1e-9, "$85,600 read back: 10 + 5,600 / 20,000 x 15");
        assertEquals(41.15, e.get("hourly").get("mid").asDouble(), 1e-9, "85,600 / 2,080");
        assertEquals(38.46, e.get("hourly").get("low").asDouble(), 1e-9, "80,000 / 2,080");
        assertEquals(15_000, e.get("total").get("benefits").get("low").asInt(), "benefits row of total_comp.csv");
        assertEquals(4_000, e.get("total").get("bonus").get("low").asInt(), "5% of the low end, $80,000");
        assertEquals(10_528, e.get("total").get("bonus").get("high").asInt(), "10% of the high end, $105,280");
        assertEquals(80_000 + 4_000 + 15_000, e.get("total").get("low").asInt(), "base low plus each part's low");
        assertEquals(105_280 + 10_528 + 30_000, e.get("total").get("high").asInt(), "base high plus each part's high");
        assertEquals("equity", e.get("total").get("missing").get(0).asText(), "no equity row for a company-less request");
        assertEquals("experience", e.get("factors").get(0).get("kind").asText());
        assertEquals("$85,600", e.get("text").get("mid").asText());
    }

    @Test
    void estimate_in_a_state_scales_by_its_median_over_the_national_median() {
        // California's median $169,000 over the nation's $130,000 = x1.3. Mid level stands for 4 years, the 3-5 band's
        // centre: the back-end cell ranks at 17, 31 and 47, so $89,333.33 / $107,200 / $126,400 nationally and
        // $116,133 / $139,360 / $164,320 in California.
        JsonNode e = get("/api/estimate?role=reference&level=mid&location=ca", 200, "application/json");
        assertEquals(116_133, e.get("low").asInt());
        assertEquals(139_360, e.get("mid").asInt());
        assertEquals(164_320, e.get("high").asInt());
        assertEquals("fixture-states-2024", e.get("factors").get(1).get("source").asText());
        assertEquals(30.0, e.get("factors").get(1).get("percent").asDouble(), 1e-9);
    }

    @Test
    void estimate_with_an_offer_gives_its_verdict_and_its_percentile_among_people_like_you_and_nationally() {
        // Mid level: $89,333.33 / $107,200 / $126,400 (ranks 17, 31, 47). Read as the 10th / 50th / 90th, with the 75th
        // where the reference spread puts it: its 39th percentile (halfway from 31 to 47), $116,800, is half of the way
        // from the middle to the high end, so the 75th is $116,800. $115,000 is then 50 + 7,800 / 9,600 x 25 = the
        // 70.3th; nationally it is 25 + 15,000 / 30,000 x 25 = the 37.5th.
        JsonNode offer = get("/api/estimate?role=reference&level=mid&offer=115000", 200, "application/json").get("offer");
        assertEquals("within", offer.get("verdict").asText());
        assertEquals(115_000 - 107_200, offer.get("fromMiddle").asInt());
        assertEquals(0, offer.get("outsideRange").asInt());
        assertEquals(70.3, offer.get("percentile").asDouble(), 1e-9);
        assertEquals(37.5, offer.get("nationalPercentile").asDouble(), 1e-9);
    }

    @Test
    void an_offer_beyond_the_published_points_is_placed_above_the_90th_not_at_an_invented_percentile() {
        // $250,000 is above the mid-level high end ($126,400) by $123,600, and above the reference 90th ($210,000).
        JsonNode offer = get("/api/estimate?role=reference&level=mid&offer=250000", 200, "application/json").get("offer");
        assertEquals("above", offer.get("verdict").asText());
        assertEquals(250_000 - 126_400, offer.get("outsideRange").asInt());
        assertEquals("above-90th", offer.get("percentile").asText());
        assertEquals("above-90th", offer.get("nationalPercentile").asText());
        JsonNode low = get("/api/estimate?role=reference&level=mid&offer=70000", 200, "application/json").get("offer");
        assertEquals("below", low.get("verdict").asText());
        assertEquals(70_000 - 89_333, low.get("outsideRange").asInt());
        assertEquals("below-10th", low.get("percentile").asText());
        assertEquals("below-10th", low.get("nationalPercentile").asText());
    }

    @Test
    void a_senior_title_asked_for_a_level_its_source_does_not_cover_is_a_400_naming_the_levels_it_covers() {
        JsonNode p = get("/api/estimate?role=senior-title&level=mid", 400, "application/problem+json");
        assertEquals(400, p.get("status").asInt());
        assertEquals(1, p.get("errors").size(), p.toString());
        JsonNode error = p.get("errors").get(0);
        assertEquals("level", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("senior and staff or principal only"), error.toString());
        JsonNode years = get("/api/estimate?role=senior-title&years=5", 400, "application/problem+json");
        assertEquals("years", years.get("errors").get(0).get("field").asText(), "years given: the error is at the years");
        assertEquals(400, site.get("/api/estimate?role=senior-title&level=entry").statusCode());
    }

    @Test
    void a_senior_title_is_its_base_titles_job_type_between_the_band_centres() {
        // Six years lie halfway between the 3-5 and 6-10 centres (4 and 8): the back-end ranks 17 / 31 / 47 and 36 /
        // 53.5 / 70 give 26.5 / 42.25 / 58.5, so $101,800 / $120,700 / $143,600 on 15-1252's published pay.
        JsonNode e = get("/api/estimate?role=senior-title&years=6", 200, "application/json");
        assertEquals("senior", e.get("level").asText());
        assertEquals(101_800, e.get("low").asInt());
        assertEquals(120_700, e.get("mid").asInt());
        assertEquals(143_600, e.get("high").asInt());
        assertEquals(e.get("mid").asInt(), get("/api/estimate?role=reference&years=6", 200, "application/json").get("mid").asInt());
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

    @Test
    void moving_to_carries_the_offer_there_and_gives_the_estimate_there() {
        Fixtures.Model model = Fixtures.fixtureModel();
        Move expected = new Moves(model.data(), model.estimates()).move(model.estimates().estimate(
                model.request("reference", Level.MID).withLocation(model.place("ca")).withOffer(150_000)), model.place("wa"));
        JsonNode move = get("/api/estimate?role=reference&level=mid&location=ca&offer=150000&moving-to=wa", 200,
                "application/json").get("move");
        assertEquals("wa", move.get("to").asText());
        assertEquals(2024, move.get("year").asInt());
        assertEquals(110.72, move.get("rppHere").asDouble());
        assertEquals(107.013, move.get("rppThere").asDouble());
        assertEquals("offer", move.get("amountIs").asText());
        assertEquals(expected.carried().longValue(), move.get("carried").asLong(), "150,000 x 107.013 / 110.720");
        assertEquals(Math.round(expected.there().base().mid()), move.get("there").get("mid").asLong());
        // Washington's estimate runs $113,385-$160,431 (x165,000 / 130,000), middle $136,062: $144,978 is above the
        // middle fifth of that range.
        assertEquals("upper-half", move.get("position").asText());
        assertTrue(move.get("text").get("beforeTax").asText().contains("state income taxes are not in it"));
    }

    @Test
    void moving_from_remote_work_leaves_the_carried_amount_out_and_says_why() {
        JsonNode move = get("/api/estimate?role=reference&level=mid&location=remote&moving-to=wa", 200,
                "application/json").get("move");
        assertFalse(move.has("carried"), move.toString());
        assertFalse(move.has("rppHere"), move.toString());
        assertTrue(move.get("text").get("noPriceLevel").asText().startsWith("Remote work has no place"));
    }

    @Test
    void an_estimate_without_moving_to_has_no_move() {
        assertFalse(get("/api/estimate?role=reference&level=mid", 200, "application/json").has("move"));
    }

    @Test
    void an_unknown_or_territory_moving_to_is_a_400_naming_the_field() {
        for (String place : new String[] {"zz", "pr", "washington"}) {
            JsonNode p = get("/api/estimate?role=reference&level=mid&moving-to=" + place, 400, "application/problem+json");
            assertEquals("moving-to", p.get("errors").get(0).get("field").asText(), place);
        }
    }
    @Test
    void a_language_the_survey_measures_carries_the_surveys_year_group_n_and_ratio() {
        com.salaryatlas.SurveyCsv.Lift python = com.salaryatlas.SurveyCsv.read(Fixtures.FIXTURE_DATA.resolve("survey_pay.csv"))
                .lift("2025", "language", "Python");
        JsonNode e = get("/api/estimate?role=reference&level=mid&skills=python", 200, "application/json");
        JsonNode survey = null;
        for (JsonNode f : e.get("factors")) {
            if (f.get("kind").asText().equals("skill")) {
                survey = f.get("survey");
            }
        }
        assertEquals("2025", survey.get("surveyYears").asText());
        assertEquals("language", survey.get("grouping").asText());
        assertEquals("Python", survey.get("group").asText());
        assertEquals(python.n(), survey.get("n").asLong());
        assertEquals(python.ratio(), survey.get("ratio").asDouble(), 0.00005);
    }
}
