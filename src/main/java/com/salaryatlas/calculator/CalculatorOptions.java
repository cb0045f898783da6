package com.salaryatlas.calculator;

import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.salary.Dataset;
import com.salaryatlas.salary.Level;
import com.salaryatlas.salary.Location;
import com.salaryatlas.salary.Premium;
import com.salaryatlas.salary.SkillPay;
import com.salaryatlas.salary.UsStates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The choices the calculator form offers, grouped the way a visitor scans them; built once from the dataset. */
public record CalculatorOptions(List<Option> roles, List<Option> levels, List<Group> locations, List<Group> skills,
                                List<Option> companies) {

    public record Option(String value, String label, boolean selected) {
        Option(String value, String label) {
            this(value, label, false);
        }

        Option select(boolean on) {
            return on == selected ? this : new Option(value, label, on);
        }
    }

    public record Group(String label, List<Option> options) {
    }

    /**
     * The same choices with the visitor's input marked selected. Worked out here rather than in the template:
     * a method call per option in a template expression made the calculator page slow to render.
     */
    public CalculatorOptions selectedFor(EstimateForm form) {
        String location = form.locationOrDefault();
        return new CalculatorOptions(
                mark(roles, v -> v.equals(form.role)),
                mark(levels, v -> v.equals(form.level)),
                locations.stream().map(g -> new Group(g.label(), mark(g.options(), v -> v.equals(location)))).toList(),
                skills.stream().map(g -> new Group(g.label(), mark(g.options(), form::hasSkill))).toList(),
                mark(companies, v -> v.equals(form.company)));
    }

    private static List<Option> mark(List<Option> options, java.util.function.Predicate<String> on) {
        return options.stream().map(o -> o.select(on.test(o.value()))).toList();
    }

    public static CalculatorOptions from(EstimationService estimates) {
        Dataset data = estimates.dataset();
        List<Option> roles = data.roles().stream().map(r -> new Option(r.slug(), r.title())).toList();
        List<Option> levels = levelOptions();

        List<Group> locations = new ArrayList<>();
        List<Option> general = new ArrayList<>();
        general.add(new Option(data.national().slug(), data.national().name() + " (national)"));
        data.locations().stream().filter(l -> l.type().equals("remote"))
                .forEach(l -> general.add(new Option(l.slug(), l.name() + " (national figure)")));
        locations.add(new Group("Nationwide", general));
        locations.add(new Group("States with a published figure", places(data, "state")));
        locations.add(new Group("Metro areas with a published figure", places(data, "metro")));
        List<Option> others = new ArrayList<>();
        UsStates.NAMES.forEach((code, name) -> {
            if (data.location(code).isEmpty()) {
                others.add(new Option(code, name + " (national figure)"));
            }
        });
        locations.add(new Group("Other states (no published figure; national used)", others));

        Map<String, List<Option>> skillGroups = new LinkedHashMap<>();
        skillGroups.put("Skills named in job postings", new ArrayList<>());
        skillGroups.put("Languages and skills", new ArrayList<>());
        skillGroups.put("Certifications", new ArrayList<>());
        skillGroups.put("Specializations", new ArrayList<>());
        List<String> seen = new ArrayList<>();
        for (SkillPay s : data.skillPay()) {
            if (!seen.contains(s.skill()) && data.premium(s.skill()).isEmpty()) {
                seen.add(s.skill());
                skillGroups.get("Skills named in job postings").add(new Option(s.skill(), s.name()));
            }
        }
        for (Premium p : data.premiums()) {
            String group = switch (p.kind()) {
                case "skill" -> "Languages and skills";
                case "certification" -> "Certifications";
                case "specialization" -> "Specializations";
                default -> null;
            };
            if (group != null && !seen.contains(p.id())) {
                seen.add(p.id());
                skillGroups.get(group).add(new Option(p.id(), p.name()));
            }
        }
        List<Group> skills = skillGroups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();

        List<Option> companies = data.premiums().stream().filter(p -> p.kind().equals("company"))
                .map(p -> new Option(p.id(), p.name())).toList();
        return new CalculatorOptions(roles, levels, locations, skills, companies);
    }

    /** The experience levels as choices, mid level selected: also offered by the inline form on comparison pages. */
    public static List<Option> levelOptions() {
        List<Option> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(new Option(level.slug, level.label + " (" + level.years() + ")", level == Level.MID));
        }
        return levels;
    }

    private static List<Option> places(Dataset data, String type) {
        return data.locations().stream().filter(l -> l.type().equals(type)).map(CalculatorOptions::option).toList();
    }

    private static Option option(Location l) {
        return new Option(l.slug(), l.name());
    }
}
