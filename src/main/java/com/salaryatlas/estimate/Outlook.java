package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Projection;
import java.util.Optional;

/**
 * An occupation's official job outlook in jobs (BLS publishes thousands), with the all-occupations total beside it
 * and OEWS's count of the same occupation in the projections' base year, which it differs from. Numbers only;
 * sentences are {@code explain}'s.
 *
 * @param oews OEWS's national row for the base year (May of it), null where the files hold none
 */
public record Outlook(Projection occupation, Jobs jobs, Projection all, Jobs allJobs, OccupationPay oews) {

    /** One projection in whole jobs: employment at both ends, the change, its percent as published, openings a year. */
    public record Jobs(long from, long to, long change, double changePct, long openings) {

        static Jobs of(Projection p) {
            return new Jobs(jobs(p.employmentFrom()), jobs(p.employmentTo()), jobs(p.change()), p.changePct(),
                    jobs(p.openings()));
        }

        /**
         * BLS rounds to a tenth of a thousand, so ×1000 is exact and gives the figures BLS's own pages print
         * (1,693.8 thousand is 1,693,800). The change stays BLS's: recomputed from the rounded ends it can differ
         * by a hundred.
         */
        private static long jobs(double thousands) {
            return Math.round(thousands * 1000);
        }
    }

    /** The occupation's outlook; empty where BLS projects none for it or the file has no all-occupations total. */
    public static Optional<Outlook> of(Dataset data, String soc) {
        Optional<Projection> occupation = data.projection(soc);
        Optional<Projection> all = data.projection(Projection.ALL_OCCUPATIONS);
        if (occupation.isEmpty() || all.isEmpty()) {
            return Optional.empty();
        }
        Projection p = occupation.get();
        OccupationPay oews = data.oews().national(soc, p.yearFrom()).orElse(null);
        return Optional.of(new Outlook(p, Jobs.of(p), all.get(), Jobs.of(all.get()), oews));
    }

    /** The projections' base-year jobs less OEWS's count for May of that year; empty without an OEWS count. */
    public Optional<Long> aboveOews() {
        return oews == null || oews.employment() == null ? Optional.empty()
                : Optional.of(jobs.from() - oews.employment());
    }

    /** The same difference in percent of OEWS's count. */
    public Optional<Double> aboveOewsPct() {
        return aboveOews().map(d -> d * 100.0 / oews.employment());
    }

    /** A figure the shortcode {@code {{outlook:ROLE:FIELD}}} can print, by name. */
    public enum Field {
        EMPLOYMENT_FROM, EMPLOYMENT_TO, CHANGE, PERCENT, OPENINGS, EDUCATION;

        /** {@code employment2024} and {@code employment2034} carry the file's years, so a refresh fails loudly. */
        public static Optional<Field> named(String name, Projection p) {
            return Optional.ofNullable(switch (name) {
                case "change" -> CHANGE;
                case "percent" -> PERCENT;
                case "openings" -> OPENINGS;
                case "education" -> EDUCATION;
                default -> name.equals("employment" + p.yearFrom()) ? EMPLOYMENT_FROM
                        : name.equals("employment" + p.yearTo()) ? EMPLOYMENT_TO : null;
            });
        }
    }
}
