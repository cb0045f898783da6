package com.salaryatlas.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.TestSite;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API and its OpenAPI document cannot drift apart: real answers are walked against the document's schemas.
 * Every field an answer has must be declared with its type, and every declared field must turn up in one of the
 * answers below, which between them use every optional input.
 */
class ApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ESTIMATES = List.of(
            "role=reference&level=mid",
            "role=reference&years=12&location=ca&skills=cloud&org-size=10-000-or-more-employees&arrangement=remote&offer=150000",
            "role=reference&level=entry&offer=10000&industry=513200",
            "role=reference&level=senior&offer=900000&arrangement=remote",
            "role=reference&level=mid&location=ca&offer=150000&moving-to=wa",
            "role=reference&level=mid&location=remote&moving-to=tx");
    private static TestSite site;
    private static JsonNode schemas;

    @BeforeAll
    static void serve() throws Exception {
        site = TestSite.serving();
        schemas = JSON.readTree(site.get("/api/openapi.json").body()).path("components").path("schemas");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void every_field_of_an_estimate_is_declared_with_its_type() throws Exception {
        List<String> undeclared = new ArrayList<>();
        for (String query : ESTIMATES) {
            walk(JSON.readTree(site.get("/api/estimate?" + query).body()), ref("Estimate"), "estimate", undeclared, new TreeSet<>());
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void every_declared_field_of_an_estimate_turns_up_in_a_real_answer() throws Exception {
        TreeSet<String> seen = new TreeSet<>();
        for (String query : ESTIMATES) {
            walk(JSON.readTree(site.get("/api/estimate?" + query).body()), ref("Estimate"), "estimate", new ArrayList<>(), seen);
        }
        TreeSet<String> declared = new TreeSet<>();
        declaredPaths(ref("Estimate"), "estimate", declared);
        declared.removeAll(seen);
        assertEquals(new TreeSet<>(), declared);
    }

    @Test
    void every_field_of_a_role_is_declared_with_its_type() throws Exception {
        List<String> undeclared = new ArrayList<>();
        for (JsonNode role : JSON.readTree(site.get("/api/roles").body())) {
            walk(role, ref("Role"), "role", undeclared, new TreeSet<>());
        }
        assertEquals(List.of(), undeclared);
    }

    private static JsonNode ref(String name) {
        return schemas.path(name);
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : ref(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** Checks {@code value} against {@code schema}, noting each path that is undeclared or of the wrong type. */
    private static void walk(JsonNode value, JsonNode schema, String path, List<String> wrong, TreeSet<String> seen) {
        schema = resolve(schema);
        seen.add(path);
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.path("oneOf")) {
                List<String> problems = new ArrayList<>();
                walk(value, option, path, problems, new TreeSet<>());
                if (problems.isEmpty()) {
                    return;
                }
            }
            wrong.add(path + ": matches none of its oneOf");
            return;
        }
        if (!typeMatches(value, schema.path("type"))) {
            wrong.add(path + ": " + value.getNodeType() + " where the document says " + schema.path("type"));
            return;
        }
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode declared = schema.path("properties").path(field.getKey());
                if (declared.isMissingNode()) {
                    declared = schema.path("additionalProperties");
                    if (declared.isMissingNode() || declared.isBoolean()) {
                        wrong.add(path + "." + field.getKey() + ": not in the document");
                        continue;
                    }
                    walk(field.getValue(), declared, path + ".*", wrong, seen);
                    continue;
                }
                walk(field.getValue(), declared, path + "." + field.getKey(), wrong, seen);
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                walk(item, schema.path("items"), path + "[]", wrong, seen);
            }
        }
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isMissingNode()) {
            return true;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual() || value.isNull();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static void declaredPaths(JsonNode schema, String path, TreeSet<String> out) {
        schema = resolve(schema);
        out.add(path);
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            declaredPaths(field.getValue(), path + "." + field.getKey(), out);
        }
        if (schema.path("additionalProperties").isObject()) {
            declaredPaths(schema.path("additionalProperties"), path + ".*", out);
        }
        if (schema.has("items")) {
            declaredPaths(schema.path("items"), path + "[]", out);
        }
    }
}
