package com.salaryatlas.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.salaryatlas.Fixtures;
import com.salaryatlas.dataset.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every estimate and what-if of {@link PinnedEstimates}' requests on the fixture dataset, field by field, as the
 * estimation code gave them before it was reworked for speed (src/test/resources/estimate/pinned.tsv): work done to
 * make estimates faster must not move a figure or a word.
 */
class EstimatesUnchangedTest {

    private static final Path PINNED = Path.of("src/test/resources/estimate/pinned.tsv");

    private final Fixtures.Model model = Fixtures.fixtureModel();

    private static Map<String, String> byKey(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            out.put(line.substring(0, line.indexOf('\t')), line);
        }
        return out;
    }

    @Test
    void the_pinned_requests_are_the_ones_the_fixture_gives_today() throws IOException {
        Map<String, String> pinned = byKey(Files.readAllLines(PINNED, StandardCharsets.UTF_8));
        assertEquals(List.copyOf(pinned.keySet()), List.copyOf(PinnedEstimates.requests(model).keySet()));
    }

    @Test
    void every_pinned_estimate_and_its_what_ifs_are_as_they_were() throws IOException {
        Map<String, String> pinned = byKey(Files.readAllLines(PINNED, StandardCharsets.UTF_8));
        PinnedEstimates.requests(model).forEach((key, request) -> assertEquals(pinned.get(key),
                PinnedEstimates.line(key, model.estimates(), request, false),
                () -> "estimate changed for " + key + ": "
                        + PinnedEstimates.dump(model.estimates().estimate(request))));
    }

    @Test
    void a_changed_figure_changes_the_pinned_line() {
        EstimateRequest request = model.request("reference", Level.MID);
        Estimate e = model.estimates().estimate(request);
        Range nudged = new Range(e.base().low(), Math.nextUp(e.base().mid()), e.base().high());
        Estimate changed = new Estimate(e.request(), e.distribution(), e.level(), nudged, e.middle(), e.hourly(),
                e.total(), e.offer(), e.factors());
        assertNotEquals(PinnedEstimates.digest(PinnedEstimates.dump(e)),
                PinnedEstimates.digest(PinnedEstimates.dump(changed)));
    }
}
