package com.salaryatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salaryatlas.Fixtures;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dataset's indexed look-ups answer what a scan of its rows in file order answers, for every key the real
 * dataset has and for keys it does not.
 */
class LookupsTest {

    private final Dataset data = new DatasetReader(Fixtures.CONTENT_DATA).read();

    @Test
    void a_roles_survey_group_is_the_first_row_that_names_it() {
        Set<String> roles = new LinkedHashSet<>();
        data.roles().forEach(r -> roles.add(r.slug()));
        data.surveyGroups().forEach(g -> roles.add(g.role()));
        roles.add("no-such-role");
        for (String role : roles) {
            assertEquals(data.surveyGroups().stream().filter(g -> g.role().equals(role)).findFirst(),
                    data.surveyGroup(role), role);
        }
    }

    @Test
    void a_skills_survey_language_is_the_first_row_that_names_it() {
        for (String skill : skills()) {
            assertEquals(data.surveyLanguages().stream().filter(l -> l.skill().equals(skill)).findFirst(),
                    data.surveyLanguage(skill), skill);
        }
    }

    @Test
    void an_occupations_ranked_bands_are_its_band_rows_of_that_devtype_youngest_first() {
        Set<List<String>> keys = new LinkedHashSet<>();
        data.surveyRanks().forEach(c -> keys.add(List.of(c.soc(), c.devtype())));
        keys.add(List.of("00-0000", SurveyRank.POPULATION_CELL));
        for (List<String> key : keys) {
            assertEquals(data.surveyRanks().stream().filter(c -> c.soc().equals(key.get(0)) && c.devtype().equals(key.get(1))
                    && c.isBand()).sorted(Comparator.comparingInt(SurveyRank::yearsFrom)).toList(),
                    data.surveyRanks(key.get(0), key.get(1)), key.toString());
        }
    }

    @Test
    void a_skill_is_known_when_a_premium_a_posting_figure_or_a_survey_language_names_it() {
        for (String skill : skills()) {
            boolean scanned = data.premiums().stream().anyMatch(p -> p.id().equals(skill) && !p.isCompany())
                    || data.skillPay().stream().anyMatch(s -> s.skill().equals(skill))
                    || data.surveyLanguages().stream().anyMatch(l -> l.skill().equals(skill));
            assertEquals(scanned, data.knowsSkill(skill), skill);
        }
    }

    @Test
    void a_skills_name_falls_back_to_the_first_posting_figure_of_any_role_that_names_it() {
        for (Role role : data.roles()) {
            for (String skill : skills()) {
                String scanned = data.skillPay().stream().filter(s -> s.role().equals(role.slug()) && s.skill().equals(skill))
                        .map(SkillPay::name).findFirst()
                        .or(() -> data.premiums().stream().filter(p -> p.id().equals(skill)).map(Premium::name).findFirst())
                        .or(() -> data.skillPay().stream().filter(s -> s.skill().equals(skill)).map(SkillPay::name).findFirst())
                        .or(() -> data.surveyLanguages().stream().filter(l -> l.skill().equals(skill))
                                .map(SurveyLanguage::language).findFirst())
                        .orElse(skill);
                assertEquals(scanned, data.skillName(role.slug(), skill), role.slug() + " " + skill);
            }
        }
    }

    /** Every skill id any file names (company types included), and one none does. */
    private Set<String> skills() {
        Set<String> ids = new LinkedHashSet<>();
        data.skillPay().forEach(s -> ids.add(s.skill()));
        data.premiums().forEach(p -> ids.add(p.id()));
        data.surveyLanguages().forEach(l -> ids.add(l.skill()));
        data.skillDemand().forEach(s -> ids.add(s.skill()));
        ids.add("no-such-skill");
        return ids;
    }
}
