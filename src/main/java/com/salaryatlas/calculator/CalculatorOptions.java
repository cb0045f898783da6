package com.salaryatlas.calculator;

import com.salaryatlas.figures.Choices;
import com.salaryatlas.web.Option;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.SkillPay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The choices the calculator form offers, grouped the way a visitor scans them; built once from the dataset. */
public record CalculatorOptions(List<Option> roles, List<Option> levels, List<Option.Group> locations, List<Option.Group> skills,
                                List<Option> companies) {

    /**
     * The same choices with the visitor's input marked selected. Worked out here rather than in the template:
     * a method call per option in a template expression made the calculator page slow to render.
     */
    public CalculatorOptions selectedFor(EstimateForm form) {
        String location = form.locationOrDefault();
        return new CalculatorOptions(
                Option.mark(roles, v -> v.equals(form.role)),
                Option.mark(levels, v -> v.equals(form.level)),
                locations.stream().map(g -> new Option.Group(g.label(), Option.mark(g.options(), v -> v.equals(location)))).toList(),
                skills.stream().map(g -> new Option.Group(g.label(), Option.mark(g.options(), form::hasSkill))).toList(),
                Option.mark(companies, v -> v.equals(form.company)));
    }


    public static CalculatorOptions from(Dataset data) {
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
        List<Option.Group> skills = skillGroups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Option.Group(e.getKey(), List.copyOf(e.getValue()))).toList();

        List<Option> companies = data.premiums().stream().filter(p -> p.kind().equals("company"))
                .map(p -> new Option(p.id(), p.name())).toList();
        return new CalculatorOptions(roles, levels, locations, skills, companies);
    }
}
