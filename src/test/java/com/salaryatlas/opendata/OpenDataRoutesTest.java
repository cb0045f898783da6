package com.salaryatlas.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.Fixtures;
import com.salaryatlas.TestSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenDataRoutesTest {

    static TestSite site;
    static String page;

    @BeforeAll
    static void start() {
        site = TestSite.serving();
        page = site.get("/data").body();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The CSV names /data links to for download. */
    private static List<String> linked() {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<li><a href=\"/data/([a-z_]+\\.csv)\">").matcher(page);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The folder the site under test reads its dataset from: the packaged content, or the fixture when TestSite runs
     * on it. Identified by its listing, so the test holds whichever TestSite uses.
     */
    private static Path servedFolder() throws IOException {
        for (Path folder : List.of(Path.of("target/classes/content/data"), Fixtures.FIXTURE_DATA, Fixtures.CONTENT_DATA)) {
            if (Files.isDirectory(folder) && csvNames(folder).equals(new TreeSet<>(linked()))
                    && Files.readString(folder.resolve("roles.csv")).equals(site.get("/data/roles.csv").body())) {
                return folder;
            }
        }
        throw new AssertionError("/data lists " + linked() + ", which matches no content folder");
    }

    private static Set<String> csvNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).toList());
        }
    }

    private static HttpResponse<byte[]> bytes(String path) {
        try {
            return HttpResponseHolder.CLIENT.send(HttpRequest.newBuilder(URI.create(site.base() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class HttpResponseHolder {
        static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();
    }

    @Test
    void the_data_page_lists_every_csv_file_in_the_content_folder_with_its_row_count() throws IOException {
        var response = site.get("/data");
        assertEquals(200, response.statusCode());
        Path folder = servedFolder();
        assertEquals(csvNames(folder), new TreeSet<>(linked()));
        assertTrue(linked().size() >= 10, linked().toString());
        try (var lines = Files.lines(folder.resolve("sources.csv"))) {
            long rows = lines.filter(l -> !l.isBlank()).count() - 1;
            assertTrue(page.contains("<a href=\"/data/sources.csv\">sources.csv</a>\n        · <span>" + rows + " rows</span>"), page);
        }
        assertTrue(page.contains("href=\"/api/openapi.json\""), "links the API description");
        assertTrue(page.contains("/api/estimate"), "documents the estimate endpoint");
    }

    @Test
    void the_data_page_offers_the_price_parities_for_download() {
        assertTrue(linked().contains("price_parities.csv"), linked().toString());
    }

    @Test
    void the_data_page_offers_the_cpi_may_values_for_download() {
        assertTrue(linked().contains("cpi_may.csv"), linked().toString());
    }

    @Test
    void the_data_page_offers_the_employment_projections_for_download() {
        assertTrue(linked().contains("projections.csv"), linked().toString());
    }

    @Test
    void the_data_page_says_the_projections_are_in_thousands_of_jobs() {
        assertTrue(page.contains("Counts are in thousands of jobs, as BLS publishes them."), page);
    }

    @Test
    void the_data_page_says_what_a_price_parity_row_is() {
        assertTrue(page.contains("how high prices are there against the U.S. average"), page);
    }

    @Test
    void the_data_dictionary_gives_a_meaning_for_every_column_of_every_file() throws IOException {
        Map<String, DataFiles.Entry> dictionary = DataFiles.dictionary();
        List<String> missing = new ArrayList<>();
        for (Path folder : List.of(Fixtures.CONTENT_DATA, Fixtures.FIXTURE_DATA)) {
            for (DataFiles.DataFile file : DataFiles.read(folder).all()) {
                if (!dictionary.containsKey(file.name()) || file.about() == null) {
                    missing.add(folder + "/" + file.name());
                }
                file.columns().stream().filter(c -> c.meaning() == null || c.meaning().isBlank())
                        .forEach(c -> missing.add(folder + "/" + file.name() + ": " + c.name()));
            }
        }
        assertEquals(List.of(), missing, "describe these in src/main/resources/" + DataFiles.DICTIONARY);
        assertFalse(page.contains("Not described yet."), "the page describes every column");
        assertTrue(page.contains("<dt><code>primary</code></dt>"), "role_figures.csv's columns are listed");
    }

    @Test
    void a_csv_downloads_as_an_attachment_with_exactly_the_files_bytes() throws IOException {
        Path folder = servedFolder();
        for (String name : linked()) {
            HttpResponse<byte[]> response = bytes("/data/" + name);
            assertEquals(200, response.statusCode(), name);
            assertEquals("text/csv; charset=utf-8", response.headers().firstValue("Content-Type").orElse("").toLowerCase(), name);
            assertEquals("attachment; filename=\"" + name + "\"", response.headers().firstValue("Content-Disposition").orElse(""));
            assertTrue(response.headers().firstValue("Cache-Control").orElse("").startsWith("public, max-age="), name);
            assertArrayEquals(Files.readAllBytes(folder.resolve(name)), response.body(), name);
        }
    }

    @Test
    void a_csv_revalidates_with_its_etag() {
        HttpResponse<byte[]> first = bytes("/data/roles.csv");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var again = site.send(HttpRequest.newBuilder(URI.create(site.base() + "/data/roles.csv"))
                .header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
    }

    @Test
    void an_unknown_file_is_a_404_page() {
        var response = site.get("/data/salaries.csv");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("We could not find that page"), response.body());
        assertEquals(404, site.get("/data/readme.md").statusCode(), "only CSV files are published");
        assertEquals("/data/roles.csv", site.get("/data/roles.CSV").headers().firstValue("Location").orElse(""),
                "capitals move to the one canonical, lowercase address");
    }

    @Test
    void a_path_traversal_attempt_is_a_404_and_serves_nothing() {
        for (String attempt : List.of("/data/..%2F..%2Fpom.xml", "/data/%2e%2e%2fpom.xml", "/data/..%5Cpom.xml",
                "/data/....%2F%2Fpom.xml", "/data/%2Fetc%2Fpasswd")) {
            var response = site.get(attempt);
            assertEquals(404, response.statusCode(), attempt);
            assertFalse(response.body().contains("<artifactId>"), attempt);
        }
        assertEquals(404, site.rawGetStatus("/data/../pom.xml"), "a raw ../ resolves to /pom.xml, which is not served");
    }

    @Test
    void the_openapi_document_is_openapi_3_1_and_documents_every_api_route() throws IOException {
        var response = site.get("/api/openapi.json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode doc = new ObjectMapper().readTree(response.body());
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertNotNull(doc.path("info").path("title").textValue());

        Set<String> declared = new TreeSet<>();
        Matcher route = Pattern.compile("routes\\.(get|post|put|patch|delete)\\(\"(/api/[^\"]+)\"")
                .matcher(Files.readString(Path.of("src/main/java/com/salaryatlas/Routes.java")));
        while (route.find()) {
            declared.add(route.group(1) + " " + route.group(2).replaceAll("\\{([^}]+)}", "{$1}"));
        }
        assertTrue(declared.contains("get /api/estimate"), declared.toString());
        declared.remove("get /api/openapi.json"); // the document itself
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method + " " + p.getKey())));
        assertEquals(declared, documented);
    }

    @Test
    void the_openapi_document_names_the_estimate_parameters_and_the_problem_shape() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(site.get("/api/openapi.json").body());
        JsonNode estimate = doc.path("paths").path("/api/estimate").path("get");
        Set<String> parameters = new TreeSet<>();
        estimate.path("parameters").forEach(p -> parameters.add(p.path("name").asText()));
        assertEquals(new TreeSet<>(List.of("role", "level", "years", "location", "skills", "org-size", "arrangement", "industry", "offer",
                "moving-to")), parameters);
        assertTrue(estimate.path("responses").path("400").path("content").has("application/problem+json"));
        JsonNode roleEnum = estimate.path("parameters").get(0).path("schema").path("enum");
        JsonNode roles = new ObjectMapper().readTree(site.get("/api/roles").body());
        assertEquals(roles.size(), roleEnum.size(), "every role the API serves");
        Set<String> fields = new TreeSet<>();
        doc.path("components").path("schemas").path("Estimate").path("properties").fieldNames().forEachRemaining(fields::add);
        Set<String> served = new TreeSet<>();
        String role = roles.get(0).path("slug").asText();
        new ObjectMapper().readTree(site.get("/api/estimate?role=" + role + "&level=staff"
                + "&location=us&offer=100000&moving-to=wa").body()).fieldNames().forEachRemaining(served::add);
        assertEquals(fields, served, "the schema lists exactly the fields an estimate carries");
    }

}
