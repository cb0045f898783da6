package com.salaryatlas.calculator;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.SurveyFactors;
import com.salaryatlas.figures.Choices;
import com.salaryatlas.web.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices the calculator form shows one visitor: every list with their input marked selected, and the skills,
 * industries of the chosen role, and the survey's company sizes and work arrangements. Worked out here rather than in the template: a method call per
 * option in a template expression made the calculator page slow to render. The lists they are cut from are built
 * once from the dataset ({@link Catalogue}).
 */
public record CalculatorOptions(List<Option> roles, List<Option> levels, List<Option.Group> locations,
                                List<Option> industries, List<Option.Group> skills, List<Option> orgSizes,
                                List<Option> arrangements) {

    /** Every choice the form can offer, built once; skills and industries per role. */
    public record Catalogue(List<Option> roles, List<Option> levels, List<Option.Group> locations,
                            Map<String, List<Option.Group>> skillsByRole, Map<String, List<Option>> industriesByRole,
                            List<Option> orgSizes, List<Option> arrangements) {

        /** What one visitor sees: their input marked, the chosen role's (or {@code defaultRole}'s) own lists. */
        public CalculatorOptions selectedFor(EstimateForm form, String defaultRole) {
            String location = form.locationOrDefault();
            String role = form.role != null && skillsByRole.containsKey(form.role) ? form.role : defaultRole;
            return new CalculatorOptions(
                    Option.mark(roles, v -> v.equals(form.role)),
                    Option.mark(levels, v -> v.equals(form.shownLevel())),
                    locations.stream().map(g -> new Option.Group(g.label(), Option.mark(g.options(), v -> v.equals(location)))).toList(),
                    Option.mark(industriesByRole.get(role), v -> v.equals(form.industry)),
                    skillsByRole.get(role).stream().map(g -> new Option.Group(g.label(), Option.mark(g.options(), form::hasSkill))).toList(),
                    Option.mark(orgSizes, v -> v.equals(form.orgSize)),
                    Option.mark(arrangements, v -> v.equals(form.arrangement)));
        }
    }

    /** Each level's last year, "2:entry,5:mid,10:senior,99:staff", for the script that keeps the level in step with the years. */
    public static String levelBands() {
        return java.util.Arrays.stream(com.salaryatlas.dataset.Level.values())
                .map(l -> Math.min(l.toYears, 99) + ":" + l.slug).collect(java.util.stream.Collectors.joining(","));
    }

    public static Catalogue catalogue(Dataset data, EstimationService estimates) {
        List<Option> roles = data.roles().stream().map(r -> new Option(r.slug(), r.title())).toList();
        List<Option> levels = Choices.levels();

        List<Option.Group> locations = new ArrayList<>();
        List<Option> general = new ArrayList<>();
        general.add(new Option(data.national().slug(), data.national().name() + " (national)"));
        data.locations().stream().filter(l -> l.type().equals("remote"))
                .forEach(l -> general.add(new Option(l.slug(), l.name() + " (national figure)")));
        locations.add(new Option.Group("Nationwide", general));
        locations.add(new Option.Group("States and DC", data.oews().areas().stream().filter(a -> a.type().equals("state"))
                .map(a -> new Option(a.key(), a.name())).toList()));
        locations.add(new Option.Group("Territories", data.oews().areas().stream().filter(a -> a.type().equals("territory"))
                .map(a -> new Option(a.key(), a.name())).toList()));
        locations.add(new Option.Group("Metro areas (placed by their state)", data.locations().stream()
                .filter(l -> l.type().equals("metro")).map(l -> new Option(l.slug(), l.name())).toList()));

        Map<String, List<Option.Group>> skillsByRole = new LinkedHashMap<>();
        Map<String, List<Option>> industriesByRole = new LinkedHashMap<>();
        for (Role role : data.roles()) {
            skillsByRole.put(role.slug(), skillGroups(data, estimates, role.slug()));
            // The occupation's 4-digit industries: the most specific the official files go.
            industriesByRole.put(role.slug(), data.oews().industries(role.soc()).stream()
                    .filter(i -> i.industryLevel().equals("4-digit") && i.median() != null)
                    .map(i -> new Option(i.industry(), i.industryName())).toList());
        }
        return new Catalogue(roles, levels, locations, Map.copyOf(skillsByRole), Map.copyOf(industriesByRole),
                surveyOptions(estimates, SurveyFactors.ORG_SIZE), surveyOptions(estimates, SurveyFactors.ARRANGEMENT));
    }

    /** The survey's measured groups, smallest company first, each with its number of answers. */
    private static List<Option> surveyOptions(EstimationService estimates, String grouping) {
        return estimates.surveyFactors().groups(grouping).entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue().group())).toList();
    }

    private static List<Option.Group> skillGroups(Dataset data, EstimationService estimates, String role) {
        Map<String, List<Option>> groups = new LinkedHashMap<>();
        for (String label : List.of("Skills named in job postings", "Languages", "Certifications", "Specializations")) {
            groups.put(label, new ArrayList<>());
        }
        for (String id : estimates.offeredSkills(role)) {
            String label = data.premium(id).map(p -> switch (p.kind()) {
                case "skill" -> "Languages";
                case "certification" -> "Certifications";
                default -> "Specializations";
            }).orElse("Skills named in job postings");
            if (data.skillPay(role, id).isPresent()) {
                label = "Skills named in job postings";
            }
            // A language counts in the languages group whichever source measures it, so it is listed there.
            if (data.surveyLanguage(id).isPresent()) {
                label = "Languages";
            }
            groups.get(label).add(new Option(id, data.skillName(role, id)));
        }
        return groups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Option.Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
