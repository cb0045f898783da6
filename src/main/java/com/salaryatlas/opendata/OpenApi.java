package com.salaryatlas.opendata;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.estimate.SurveyFactors;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.1 document of the JSON API ({@code /api/roles}, {@code /api/estimate}), built in code so the role,
 * level, company size and work arrangement values it lists are the dataset's own. The shapes follow {@code calculator/EstimateJson}; errors
 * are RFC 9457 (formerly 7807) problem details from {@code web/Problems}.
 */
final class OpenApi {

    private OpenApi() {
    }

    static Map<String, Object> document(Dataset data, SurveyFactors surveyFactors, String siteUrl, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", map(
                "title", "Salary Atlas API",
                "version", version,
                "summary", "Salary distributions by role and salary estimates, from the same dataset and estimation service as the site.",
                "description", "Every amount is annual base pay in US dollars unless a field says otherwise. The dataset "
                        + "behind it can be downloaded as CSV from " + siteUrl + "/data. Requests are limited per client "
                        + "per minute; past the limit the answer is 429 with a Retry-After header.",
                "license", map("name", "Salary Atlas terms", "url", siteUrl + "/data")));
        doc.put("servers", List.of(map("url", siteUrl)));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/api/roles", map("get", map(
                "operationId", "listRoles",
                "summary", "Every role, with its national pay distribution and where it comes from",
                "responses", map(
                        "200", map("description", "The roles, in the site's order",
                                "content", json(map("type", "array", "items", ref("Role")))),
                        "429", problem("Too many requests from this client")))));
        paths.put("/api/estimate", map("get", map(
                "operationId", "estimateSalary",
                "summary", "A salary estimate: the low-mid-high base range, total pay, and each factor that moved it",
                "description", "The same rules as the calculator form: a field it does not understand is a 400 with "
                        + "the field named, never a guess.",
                "parameters", parameters(data, surveyFactors),
                "responses", map(
                        "200", map("description", "The estimate", "content", json(ref("Estimate"))),
                        "400", problem("A parameter is missing, malformed or unknown; errors names each field"),
                        "429", problem("Too many requests from this client")))));
        doc.put("paths", paths);
        doc.put("components", map("schemas", schemas()));
        return doc;
    }

    private static List<Map<String, Object>> parameters(Dataset data, SurveyFactors surveyFactors) {
        List<String> roles = data.roles().stream().map(Role::slug).toList();
        List<String> levels = Arrays.stream(Level.values()).map(l -> l.slug).toList();
        List<String> sizes = List.copyOf(surveyFactors.groups(SurveyFactors.ORG_SIZE).keySet());
        List<String> arrangements = List.copyOf(surveyFactors.groups(SurveyFactors.ARRANGEMENT).keySet());
        return List.of(
                query("role", true, "The role's slug, as in /api/roles.", map("type", "string", "enum", roles)),
                query("level", false, "Experience level. Give level or years (years win when both are given).",
                        map("type", "string", "enum", levels)),
                query("years", false, "Years of experience, a whole number; places the estimate within its level.",
                        map("type", "integer", "minimum", 0, "maximum", 50)),
                query("location", false, "us (the default), a state's two-letter code such as ca, or another place slug "
                        + "the calculator lists.", map("type", "string", "default", "us")),
                map("name", "skills", "in", "query", "required", false, "style", "form", "explode", true,
                        "description", "Skills or certifications, one parameter each (skills=rust&skills=aws); at most 20.",
                        "schema", map("type", "array", "maxItems", 20, "items", map("type", "string"))),
                query("org-size", false, "Company size, one of the Stack Overflow survey's groups as a slug; applied as "
                        + "the measured ratio of that group's median pay to all developers' with the same years.",
                        map("type", "string", "enum", sizes)),
                query("arrangement", false, "Work arrangement (remote, hybrid or in-person) as the survey's groups, "
                        + "applied like org-size. Not the same as location=remote.", map("type", "string", "enum", arrangements)),
                query("industry", false, "NAICS code of the employer's industry, one BLS publishes for the role's occupation "
                        + "(e.g. 513200).", map("type", "string")),
                query("offer", false, "An offer to place against the estimate: yearly dollars, like 125000 or 125k.",
                        map("type", "string", "examples", List.of("125000", "125k"))),
                query("moving-to", false, "A state's two-letter code (wa) or dc: the offer, or without one the "
                        + "estimate's middle, carried there at the same purchasing power (× BEA's price parity there ÷ "
                        + "the one here), and the estimate there. A territory has no price parity and is refused.",
                        map("type", "string", "examples", List.of("wa"))));
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        Map<String, Object> money = map("type", "integer", "description", "Annual US dollars");
        Map<String, Object> text = map("type", "string");
        Map<String, Object> placement = map("oneOf", List.of(
                map("type", "number", "minimum", 10, "maximum", 90, "description", "A percentile"),
                map("type", "string", "enum", List.of("below-10th", "above-90th"))));
        schemas.put("Role", object(map(
                "slug", text, "title", text, "soc", map("type", "string", "description", "BLS occupation code"),
                "distribution", object(map("p10", money, "p25", money, "median", money, "p75", money, "p90", money)),
                "source", map("type", "string", "description", "The source's id, listed on /sources: for a job "
                        + "title placed in its occupation's pay, that BLS release (the basis names the survey too)"),
                "basis", map("type", "string", "description", "How the distribution was obtained, in words"))));
        schemas.put("Component", object(map(
                "low", money, "high", map("type", List.of("integer", "null")), "openEnded", map("type", "boolean"),
                "basis", text, "source", text, "label", text, "text", text)));
        schemas.put("Factor", object(map(
                "kind", map("type", "string", "enum", List.of("experience", "location", "skill", "company", "company-size",
                        "arrangement", "cap")),
                "label", text, "effect", text,
                "change", map("type", "integer", "description", "Dollars this factor moved the middle of the range"),
                "changeText", text, "percent", map("type", "number"), "applied", map("type", "boolean"),
                "source", text, "sourceName", text,
                "survey", object(map("surveyYears", map("type", "string", "description", "The survey year, or 2023+2024 for "
                                + "the pooled years; a language's is 2025, whose bands are years coding"), "grouping", text, "group", text, "n", map("type", "integer"),
                        "rank", map("type", "number", "description", "Percentage of the occupation's survey population "
                                + "paid less than the cell's median"),
                        "placedAt", map("type", "number", "description", "Percentile of BLS pay the middle is placed at"),
                        "ratio", map("type", "number", "description", "The group's median over all developers' with the "
                                + "same years, weighted across bands (company size, work arrangement, language)"))))));
        Map<String, Object> range = object(map("low", money, "high", money));
        Map<String, Object> total = object(map(
                "base", range, "missing", map("type", "array", "items", text),
                "low", money, "high", map("type", List.of("integer", "null")), "openEnded", map("type", "boolean")));
        total.put("additionalProperties", ref("Component"));
        total.put("description", "Base plus each part (bonus, equity, benefits) published for the role and employer.");
        schemas.put("Estimate", object(map(
                "role", text, "roleTitle", text,
                "level", map("type", "string", "enum", Arrays.stream(Level.values()).map(l -> l.slug).toList()),
                "location", text, "locationName", text,
                "low", money, "mid", money, "high", money,
                "percentile", placement,
                "hourly", object(map("low", map("type", "number"), "mid", map("type", "number"), "high", map("type", "number"))),
                "total", total,
                "offer", object(map("amount", money,
                        "verdict", map("type", "string", "enum", List.of("below", "within", "above")),
                        "position", map("type", "string", "enum",
                                List.of("below", "lower-half", "near-middle", "upper-half", "above"),
                                "description", "Where in the estimated base range the offer sits; near-middle is its middle fifth"),
                        "outsideRange", map("type", "integer"), "fromMiddle", map("type", "integer"),
                        "percentile", placement, "nationalPercentile", placement)),
                "factors", map("type", "array", "items", ref("Factor")),
                "text", map("type", "object", "additionalProperties", text, "description", "The estimate's figures "
                        + "as the pages print them, by name: low, mid, high, hourly, percentile, total and, with an offer, "
                        + "its verdict and placement"),
                "whatIfs", map("type", "array", "items", object(map("label", text, "change", map("type", "integer"),
                        "changeText", text))),
                "move", move(money, text, placement))));
        schemas.put("Problem", object(map(
                "type", text, "title", text, "status", map("type", "integer"), "detail", text, "instance", text,
                "errors", map("type", "array", "items", object(map("field", text, "message", text))))));
        return schemas;
    }

    /** The answer to moving-to; where the estimate's place has no price level, rppHere to nationalPercentile are absent. */
    private static Map<String, Object> move(Map<String, Object> money, Map<String, Object> text,
                                            Map<String, Object> placement) {
        Map<String, Object> move = object(map(
                "to", map("type", "string", "description", "The state's two-letter code, lowercase"),
                "toName", text,
                "year", map("type", "integer", "description", "The year of the price parities, that of the state wages"),
                "rppHere", map("type", "number", "description", "BEA's price parity of the estimate's place (a metro "
                        + "takes its state's; the nation is 100), U.S. = 100"),
                "rppThere", map("type", "number", "description", "BEA's price parity of the state moved to"),
                "amount", money,
                "amountIs", map("type", "string", "enum", List.of("offer", "estimate-mid")),
                "carried", map("type", "integer", "description", "amount × rppThere ÷ rppHere, before tax"),
                "position", map("type", "string", "enum", List.of("below", "lower-half", "near-middle", "upper-half", "above"),
                        "description", "Where the carried amount sits in the estimated base range there"),
                "percentile", placement, "nationalPercentile", placement,
                "there", object(map("low", money, "mid", money, "high", money)),
                "placedThere", map("type", "boolean", "description", "False when BLS publishes no exact median for the "
                        + "occupation there and the estimate there is the national one"),
                "text", map("type", "object", "additionalProperties", text, "description", "The move's sentences by "
                        + "name: heading, carried (or noPriceLevel), there, placed, beforeTax")));
        move.put("description", "Only with moving-to: what the amount is worth there at the same purchasing power, "
                + "before tax (state income taxes are not in a price parity)");
        return move;
    }

    private static Map<String, Object> query(String name, boolean required, String description, Map<String, Object> schema) {
        return map("name", name, "in", "query", "required", required, "description", description, "schema", schema);
    }

    private static Map<String, Object> problem(String description) {
        return map("description", description,
                "content", map("application/problem+json", map("schema", ref("Problem"))));
    }

    private static Map<String, Object> json(Map<String, Object> schema) {
        return map("application/json", map("schema", schema));
    }

    private static Map<String, Object> ref(String name) {
        return map("$ref", "#/components/schemas/" + name);
    }

    private static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("properties", properties);
        return o;
    }

    /** An ordered map from name, value pairs. */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
