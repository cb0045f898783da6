package com.salaryatlas;

import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.articles.Shortcodes;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.DatasetReader;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.estimate.Comparisons;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.estimate.EstimateRequest;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.Places;
import com.salaryatlas.explain.Explanations;
import java.nio.file.Path;

/** The small fixture dataset (src/test/resources/fixture-content/data) and the real one (content/data), wired as the site wires them. */
public final class Fixtures {

    public static final Path FIXTURE_CONTENT = Path.of("src/test/resources/fixture-content");
    public static final Path FIXTURE_DATA = FIXTURE_CONTENT.resolve("data");
    public static final Path CONTENT_DATA = Path.of("content/data");

    private Fixtures() {
    }

    public static Dataset fixture() {
        return new DatasetReader(FIXTURE_DATA).read();
    }

    public static Model fixtureModel() {
        return Model.of(fixture());
    }

    public static Model contentModel() {
        return Model.of(new DatasetReader(CONTENT_DATA).read());
    }

    /** The dataset and the services built on it, with look-ups that fail loudly on a typo in a test. */
    public record Model(Dataset data, Distributions distributions, Places places, EstimationService estimates,
                        Comparisons comparisons, Explanations explain) {

        public static Model of(Dataset data) {
            Distributions d = new Distributions(data);
            Places places = new Places(data.oews());
            return new Model(data, d, places, new EstimationService(data, d, places), new Comparisons(data, d),
                    new Explanations(data));
        }

        public Role role(String slug) {
            return data.role(slug).orElseThrow(() -> new IllegalArgumentException("no role " + slug));
        }

        public Location place(String slug) {
            return data.place(slug).orElseThrow(() -> new IllegalArgumentException("no place " + slug));
        }


        public EstimateRequest request(String role, Level level) {
            return EstimateRequest.of(role(role), level, data.national());
        }

        public ArticleRepository articles(Path content) {
            return new ArticleRepository(content, data, shortcodes());
        }

        /** The shortcodes as the site wires them, with the figures code their charts draw through. */
        public Shortcodes shortcodes() {
            return Services.of(data).shortcodes();
        }
    }
}
