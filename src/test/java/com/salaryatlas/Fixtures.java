package com.salaryatlas;

import com.salaryatlas.data.DatasetReader;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.salary.Dataset;
import java.nio.file.Path;

/** The small fixture dataset (src/test/resources/fixture-data) and the real one (content/data). */
public final class Fixtures {

    public static final Path FIXTURE_DATA = Path.of("src/test/resources/fixture-data");
    public static final Path CONTENT_DATA = Path.of("content/data");

    private Fixtures() {
    }

    public static Dataset fixture() {
        return new DatasetReader(FIXTURE_DATA).read();
    }

    public static EstimationService fixtureEstimates() {
        return new EstimationService(fixture());
    }

    public static EstimationService contentEstimates() {
        return new EstimationService(new DatasetReader(CONTENT_DATA).read());
    }
}
