package com.salaryatlas.importer;

import java.util.Locale;

/** The ways `survey_pay.csv` groups respondents; `all` holds everyone counted, as one group named `all`. */
enum Grouping {
    ALL, DEVTYPE, ORGSIZE, REMOTE, LANGUAGE;

    /** The name written in the `grouping` column. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
