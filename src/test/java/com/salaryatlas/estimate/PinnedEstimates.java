package com.salaryatlas.estimate;

import com.salaryatlas.Fixtures;
import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.DatasetReader;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.SkillPay;
import com.salaryatlas.dataset.SurveyLanguage;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A wide, fixed set of requests over a dataset, and each one's estimate and what-ifs written out field by field, so
 * that a change made for speed can be shown to move no figure and no word: {@link EstimatesUnchangedTest} compares
 * them with the lines kept in src/test/resources/estimate/pinned.tsv. Every field of every record is written (doubles
 * as their exact bits in hex, so no rounding in printing hides a change), and the line keeps a digest of that text
 * beside the base range and the what-ifs, which a person can read.
 *
 * <p>The kept lines were written by the estimation code before it was reworked for speed (issue 18). A deliberate
 * change to the method or the fixture data rewrites them: {@code java ... PinnedEstimates fixture
 * src/test/resources/estimate/pinned.tsv} (classpath as src/test/scripts/benchmark.sh builds it); {@code content} in
 * place of {@code fixture} writes the same lines for the real dataset, to compare two builds.
 */
public final class PinnedEstimates {

    /** A skill no dataset knows: the method must say so rather than guess. */
    static final String UNKNOWN_SKILL = "no-such-skill";
    private static final int[] YEARS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 15, 16, 18, 20, 21, 25, 40, 50};
    private static final int[] OFFERS = {20_000, 60_000, 95_000, 120_000, 135_000, 160_000, 200_000, 400_000};
    static final int WHAT_IFS = 10;
    private static final int MAX_PAIRED = 16;

    private PinnedEstimates() {
    }

    /** The requests, each under a key that names it, in a fixed order. */
    static Map<String, EstimateRequest> requests(Fixtures.Model m) {
        Map<String, EstimateRequest> out = new LinkedHashMap<>();
        Location us = m.data().national();
        List<String> places = placeKeys(m);
        List<String> skills = skillIds(m);
        List<String> sizes = List.copyOf(m.estimates().surveyFactors().groups(SurveyFactors.ORG_SIZE).keySet());
        List<String> arrangements = List.copyOf(m.estimates().surveyFactors().groups(SurveyFactors.ARRANGEMENT).keySet());
        for (Role role : m.data().roles()) {
            String r = role.slug();
            out.put(r + "|level=none", new EstimateRequest(role, null, null, us, List.of(), null));
            for (Level level : Level.values()) {
                out.put(r + "|level=" + level.slug, EstimateRequest.of(role, level, us));
            }
            for (int years : YEARS) {
                out.put(r + "|years=" + years, new EstimateRequest(role, null, years, us, List.of(), null));
            }
            out.put(r + "|years=2|level=staff", new EstimateRequest(role, Level.STAFF, 2, us, List.of(), null));
            out.put(r + "|years=12|level=entry", new EstimateRequest(role, Level.ENTRY, 12, us, List.of(), null));
            out.put(r + "|years=8|level=senior", new EstimateRequest(role, Level.SENIOR, 8, us, List.of(), null));
            for (String place : places) {
                Location at = m.place(place);
                out.put(r + "|mid|" + place, EstimateRequest.of(role, Level.MID, at));
                out.put(r + "|years=13|" + place + "|offer", new EstimateRequest(role, null, 13, at, List.of(), 150_000));
            }
            for (String skill : skills) {
                out.put(r + "|senior|" + places.get(0) + "|" + skill,
                        new EstimateRequest(role, Level.SENIOR, null, m.place(places.get(0)), List.of(skill), null));
            }
            for (String size : sizes) {
                out.put(r + "|mid|size=" + size, EstimateRequest.of(role, Level.MID, us).withOrgSize(size));
            }
            for (String arrangement : arrangements) {
                out.put(r + "|entry|arrangement=" + arrangement,
                        EstimateRequest.of(role, Level.ENTRY, us).withArrangement(arrangement));
            }
            for (OccupationPay industry : m.data().oews().industries(role.soc())) {
                out.put(r + "|mid|industry=" + industry.industry(), EstimateRequest.of(role, Level.MID, us)
                        .withIndustry(industry));
            }
            for (int offer : OFFERS) {
                out.put(r + "|staff|offer=" + offer, new EstimateRequest(role, Level.STAFF, null, us, List.of(), offer));
            }
            // Every skill offered with every other, both orders (the first of a group counts until a larger one
            // comes); on a large dataset, the first few offered.
            List<String> offered = m.estimates().offeredSkills(r);
            List<String> paired = new ArrayList<>(offered.subList(0, Math.min(offered.size(), MAX_PAIRED)));
            paired.add(UNKNOWN_SKILL);
            for (String a : paired) {
                for (String b : paired) {
                    if (!a.equals(b)) {
                        out.put(r + "|mid|" + a + "+" + b, EstimateRequest.of(role, Level.MID, us)
                                .withSkills(List.of(a, b)));
                    }
                }
            }
            // Everything at once: enough premiums for the cap, every survey group, an industry and an offer.
            List<OccupationPay> industries = m.data().oews().industries(role.soc());
            EstimateRequest all = new EstimateRequest(role, null, 9, m.place(places.get(places.size() - 1)), skills,
                    140_000, industries.isEmpty() ? null : industries.get(0),
                    sizes.isEmpty() ? null : sizes.get(sizes.size() - 1),
                    arrangements.isEmpty() ? null : arrangements.get(0));
            out.put(r + "|everything", all);
            out.put(r + "|everything-reversed", all.withSkills(reversed(skills)));
        }
        return out;
    }

    /** Every place the calculator accepts: the nation, remote, each metro and each area of the state file. */
    private static List<String> placeKeys(Fixtures.Model m) {
        Set<String> keys = new LinkedHashSet<>();
        for (Location l : m.data().locations()) {
            if (!l.type().equals("state")) {
                keys.add(l.slug());
            }
        }
        for (Area a : m.data().oews().areas()) {
            keys.add(a.key());
        }
        List<String> found = new ArrayList<>();
        for (String key : keys) {
            if (m.data().place(key).isPresent()) {
                found.add(key);
            }
        }
        // The first is a place with a state figure, where every skill is tried.
        for (String key : found) {
            Location l = m.place(key);
            if (l.state() != null && m.data().roles().stream().anyMatch(r -> m.places().ratio(r.soc(), l.state()).isPresent())) {
                found.remove(key);
                found.add(0, key);
                break;
            }
        }
        return found;
    }

    /** Every skill id the dataset names (postings, premiums that are not company types, survey languages) and one it does not. */
    private static List<String> skillIds(Fixtures.Model m) {
        Set<String> ids = new LinkedHashSet<>();
        m.data().skillPay().stream().map(SkillPay::skill).forEach(ids::add);
        m.data().premiums().stream().filter(p -> !p.isCompany()).map(Premium::id).forEach(ids::add);
        m.data().surveyLanguages().stream().map(SurveyLanguage::skill).forEach(ids::add);
        ids.add(UNKNOWN_SKILL);
        return List.copyOf(ids);
    }

    private static List<String> reversed(List<String> list) {
        List<String> r = new ArrayList<>(list);
        java.util.Collections.reverse(r);
        return r;
    }

    /** One line: the key, the base range, a digest of every field of the estimate, and the what-ifs. */
    static String line(String key, EstimationService estimates, EstimateRequest request, boolean full) {
        String estimate;
        String base;
        try {
            Estimate e = estimates.estimate(request);
            estimate = dump(e);
            base = Math.round(e.base().low()) + "/" + Math.round(e.base().mid()) + "/" + Math.round(e.base().high());
        } catch (RuntimeException ex) {
            estimate = "throws " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
            base = "-";
        }
        String whatIfs;
        try {
            whatIfs = dump(estimates.whatIfs(request, WHAT_IFS));
        } catch (RuntimeException ex) {
            whatIfs = "throws " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
        return key + "\t" + base + "\t" + (full ? estimate : digest(estimate)) + "\t" + whatIfs;
    }

    /** Every field of a value, records opened component by component, doubles as their exact bits. */
    static String dump(Object value) {
        StringBuilder out = new StringBuilder();
        dump(value, out);
        return out.toString();
    }

    private static void dump(Object o, StringBuilder out) {
        if (o == null) {
            out.append("null");
        } else if (o instanceof Double d) {
            out.append(Double.toHexString(d));
        } else if (o instanceof Float f) {
            out.append(Float.toHexString(f));
        } else if (o instanceof String s) {
            out.append('"').append(s).append('"');
        } else if (o instanceof Number || o instanceof Boolean || o instanceof Character) {
            out.append(o);
        } else if (o instanceof Enum<?> e) {
            out.append(e.name());
        } else if (o.getClass().isRecord()) {
            out.append(o.getClass().getSimpleName()).append('(');
            RecordComponent[] components = o.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
                try {
                    var accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    dump(accessor.invoke(o), out);
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            out.append(')');
        } else if (o instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                dump(list.get(i), out);
            }
            out.append(']');
        } else if (o instanceof Set<?> set) {
            // Set.of iterates in an order that changes from one run to the next: sorted, the text does not.
            out.append(set.stream().map(PinnedEstimates::dump).sorted().toList());
        } else {
            throw new IllegalArgumentException("cannot write out a " + o.getClass().getName());
        }
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(Fixtures.Model m, boolean full) {
        List<String> lines = new ArrayList<>();
        requests(m).forEach((key, request) -> lines.add(line(key, m.estimates(), request, full)));
        return lines;
    }

    /**
     * Writes the lines of the fixture dataset ({@code fixture}) or of the real one ({@code content}) to a file, with a
     * digest of each estimate, or its every field when a third argument says {@code full}.
     */
    public static void main(String[] args) throws IOException {
        Fixtures.Model m = args[0].equals("fixture") ? Fixtures.fixtureModel()
                : Fixtures.Model.of(new DatasetReader(Fixtures.CONTENT_DATA).read());
        Files.write(Path.of(args[1]), lines(m, args.length > 2 && args[2].equals("full")), StandardCharsets.UTF_8);
    }
}
