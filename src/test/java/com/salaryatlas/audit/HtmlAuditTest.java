package com.salaryatlas.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salaryatlas.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page through the Nu HTML checker, run in its own process (its Jetty would clash with ours). */
class HtmlAuditTest {

    @TempDir
    Path dir;

    @Test
    void every_page_is_valid_html() throws Exception {
        List<String> files = new ArrayList<>();
        List<String> paths;
        try (TestSite site = TestSite.servingRealContent()) {
            paths = new ArrayList<>(AuditPages.paths(site));
            for (int i = 0; i < paths.size(); i++) {
                Path file = dir.resolve("page" + i + ".html");
                Files.writeString(file, site.get(paths.get(i)).body());
                files.add(file.toString());
            }
            for (AuditPages.Submission s : AuditPages.submissions(site)) {
                Path file = dir.resolve("page" + paths.size() + ".html");
                var response = site.post("/report", "application/x-www-form-urlencoded", s.body());
                assertEquals(s.message().length() >= 10 ? 200 : 422, response.statusCode(), s.label());
                Files.writeString(file, response.body());
                files.add(file.toString());
                paths.add(s.label());
            }
        }
        assertTrue(paths.size() > 20, "sitemap pages and calculator states: " + paths.size());

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", AuditPages.tools().resolve("vnu-jar/build/dist/vnu.jar").toString(),
                "--errors-only", "--format", "json", "--stdout"));
        command.addAll(files);
        Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(vnu.waitFor(120, TimeUnit.SECONDS), "vnu finished");

        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(output).get("messages")) {
            String file = message.path("url").asText();
            int page = Integer.parseInt(file.replaceAll(".*page(\\d+)\\.html$", "$1"));
            errors.add(paths.get(page) + ":" + message.path("lastLine").asInt() + ": " + message.path("message").asText());
        }
        assertEquals(List.of(), errors);
    }
}
