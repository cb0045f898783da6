package com.salaryatlas.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dataset's rows keyed the way an estimate looks them up, built once with the {@link Dataset}. The calculator's
 * what-ifs compute one estimate per offered skill, each looking rows up by role and skill many times, and a scan of a
 * list per look-up was most of their time; the calculator's form checks every skill it is sent against the files. Every
 * key holds the row a scan in file order finds first, and every list keeps file order (survey ranks sorted by band as
 * the scan sorted them), so a look-up answers exactly what the scan did. Derived from the dataset's lists, it adds nothing
 * to a dataset's identity: any two are equal.
 */
public final class Lookups {

    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, Role> occupationRoles = new HashMap<>();
    private final Map<String, Location> locations = new HashMap<>();
    private final Location national;
    private final Map<String, Premium> premiums = new HashMap<>();
    private final Map<String, RoleFigure> primaries = new HashMap<>();
    private final Map<String, List<RoleFigure>> figures = new HashMap<>();
    /** role → source → the job-board median a role's skill medians are compared with. */
    private final Map<String, Map<String, RoleFigure>> postingMedians = new HashMap<>();
    private final Map<String, List<SkillPay>> skillPay = new HashMap<>();
    /** role → skill → its posting figure. */
    private final Map<String, Map<String, SkillPay>> skillPayBySkill = new HashMap<>();
    /** skill → the first posting figure of any role that names it. */
    private final Map<String, SkillPay> anySkillPay = new HashMap<>();
    private final Map<String, SurveyGroup> surveyGroups = new HashMap<>();
    private final Map<String, SurveyLanguage> surveyLanguages = new HashMap<>();
    /** occupation → DevType → its ranked cells, youngest band first (bands of the same start in file order). */
    private final Map<String, Map<String, List<SurveyRank>>> surveyRanks = new HashMap<>();

    Lookups(List<Role> roles, List<RoleFigure> figures, List<Location> locations, List<Premium> premiums,
            List<SkillPay> skillPay, List<SurveyGroup> surveyGroups, List<SurveyLanguage> surveyLanguages,
            List<SurveyRank> surveyRanks) {
        for (Role r : roles) {
            this.roles.putIfAbsent(r.slug(), r);
            if (r.isOccupation()) {
                occupationRoles.putIfAbsent(r.soc(), r);
            }
        }
        for (RoleFigure f : figures) {
            this.figures.computeIfAbsent(f.role(), k -> new ArrayList<>()).add(f);
            if (f.primary()) {
                primaries.putIfAbsent(f.role(), f);
            }
            if ("median".equals(f.kind()) && f.national() && f.allLevels()) {
                postingMedians.computeIfAbsent(f.role(), k -> new HashMap<>()).putIfAbsent(f.source(), f);
            }
        }
        this.figures.replaceAll((role, list) -> Collections.unmodifiableList(list));
        for (Location l : locations) {
            this.locations.putIfAbsent(l.slug(), l);
        }
        national = locations.stream().filter(Location::isNational).findFirst().orElse(null);
        for (Premium p : premiums) {
            this.premiums.putIfAbsent(p.id(), p);
        }
        for (SkillPay s : skillPay) {
            this.skillPay.computeIfAbsent(s.role(), k -> new ArrayList<>()).add(s);
            skillPayBySkill.computeIfAbsent(s.role(), k -> new HashMap<>()).putIfAbsent(s.skill(), s);
            anySkillPay.putIfAbsent(s.skill(), s);
        }
        this.skillPay.replaceAll((role, list) -> Collections.unmodifiableList(list));
        for (SurveyGroup g : surveyGroups) {
            this.surveyGroups.putIfAbsent(g.role(), g);
        }
        for (SurveyLanguage l : surveyLanguages) {
            this.surveyLanguages.putIfAbsent(l.skill(), l);
        }
        for (SurveyRank r : surveyRanks.stream().filter(SurveyRank::isBand).toList()) {
            this.surveyRanks.computeIfAbsent(r.soc(), k -> new HashMap<>()).computeIfAbsent(r.devtype(),
                    k -> new ArrayList<>()).add(r);
        }
        // A stable sort, as the scan's was: cells of the same band keep their file order.
        this.surveyRanks.values().forEach(byDevtype -> byDevtype.replaceAll((devtype, cells) -> cells.stream()
                .sorted(Comparator.comparingInt(SurveyRank::yearsFrom)).toList()));
    }

    Role role(String slug) {
        return roles.get(slug);
    }

    Role occupationRole(String soc) {
        return occupationRoles.get(soc);
    }

    Location location(String slug) {
        return locations.get(slug);
    }

    /** The national row, or null where locations.csv has none. */
    Location national() {
        return national;
    }

    Premium premium(String id) {
        return premiums.get(id);
    }

    RoleFigure primary(String role) {
        return primaries.get(role);
    }

    List<RoleFigure> figuresFor(String role) {
        return figures.getOrDefault(role, Collections.emptyList());
    }

    RoleFigure postingMedian(String role, String source) {
        Map<String, RoleFigure> bySource = postingMedians.get(role);
        return bySource == null ? null : bySource.get(source);
    }

    List<SkillPay> skillPayFor(String role) {
        return skillPay.getOrDefault(role, Collections.emptyList());
    }

    SkillPay skillPay(String role, String skill) {
        Map<String, SkillPay> bySkill = skillPayBySkill.get(role);
        return bySkill == null ? null : bySkill.get(skill);
    }

    /** The first posting figure of any role that names the skill, or null. */
    SkillPay anySkillPay(String skill) {
        return anySkillPay.get(skill);
    }

    SurveyGroup surveyGroup(String role) {
        return surveyGroups.get(role);
    }

    SurveyLanguage surveyLanguage(String skill) {
        return surveyLanguages.get(skill);
    }

    List<SurveyRank> surveyRanks(String soc, String devtype) {
        Map<String, List<SurveyRank>> byDevtype = surveyRanks.get(soc);
        List<SurveyRank> cells = byDevtype == null ? null : byDevtype.get(devtype);
        return cells == null ? List.of() : cells;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Lookups;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "Lookups";
    }
}
