package com.salaryatlas.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole salary dataset as one immutable snapshot, read once from content/data at start. */
public record Dataset(List<Source> sources, List<Role> roles, List<RoleFigure> figures, List<Location> locations,
                      List<Premium> premiums, List<SkillPay> skillPay, List<SkillDemand> skillDemand,
                      List<MarketStat> marketStats, List<TotalComp> totalComp, Oews oews, Prices prices,
                      List<SurveyPay> surveyPay, List<SurveyGroup> surveyGroups, List<SurveyLanguage> surveyLanguages,
                      List<SurveyRank> surveyRanks,
                      List<RoleAlias> aliases, List<Projection> projections, Lookups lookups) {

    public Dataset {
        sources = List.copyOf(sources);
        roles = List.copyOf(roles);
        figures = List.copyOf(figures);
        locations = List.copyOf(locations);
        premiums = List.copyOf(premiums);
        skillPay = List.copyOf(skillPay);
        skillDemand = List.copyOf(skillDemand);
        marketStats = List.copyOf(marketStats);
        totalComp = List.copyOf(totalComp);
        surveyPay = List.copyOf(surveyPay);
        surveyGroups = List.copyOf(surveyGroups);
        surveyLanguages = List.copyOf(surveyLanguages);
        surveyRanks = List.copyOf(surveyRanks);
        aliases = List.copyOf(aliases);
        projections = List.copyOf(projections);
        Objects.requireNonNull(lookups, "lookups");
    }

    /** The dataset of these lists, with their look-ups built from them. */
    public Dataset(List<Source> sources, List<Role> roles, List<RoleFigure> figures, List<Location> locations,
                   List<Premium> premiums, List<SkillPay> skillPay, List<SkillDemand> skillDemand,
                   List<MarketStat> marketStats, List<TotalComp> totalComp, Oews oews, Prices prices,
                   List<SurveyPay> surveyPay, List<SurveyGroup> surveyGroups, List<SurveyLanguage> surveyLanguages,
                   List<SurveyRank> surveyRanks, List<RoleAlias> aliases, List<Projection> projections) {
        this(sources, roles, figures, locations, premiums, skillPay, skillDemand, marketStats, totalComp, oews, prices,
                surveyPay, surveyGroups, surveyLanguages, surveyRanks, aliases, projections,
                new Lookups(roles, figures, locations, premiums, skillPay, surveyGroups, surveyLanguages, surveyRanks));
    }

    /** BLS's employment projection for an occupation (00-0000 for all occupations); empty where it publishes none. */
    public Optional<Projection> projection(String soc) {
        return projections.stream().filter(p -> p.soc().equals(soc)).findFirst();
    }

    /** The other names people search for a role by ("swe", "sre"), as content/data/role_aliases.csv lists them. */
    public List<String> aliasesOf(String role) {
        return aliases.stream().filter(a -> a.role().equals(role)).map(RoleAlias::alias).toList();
    }

    /** The survey's job type that stands for a role, if one does. */
    public Optional<SurveyGroup> surveyGroup(String role) {
        return Optional.ofNullable(lookups.surveyGroup(role));
    }

    /** The survey's label for a skill the calculator offers as a language (survey_languages.csv), if it has one. */
    public Optional<SurveyLanguage> surveyLanguage(String skill) {
        return Optional.ofNullable(lookups.surveyLanguage(skill));
    }

    /** The survey cells of one year (or "2023+2024"), grouping and group, in the file's order. */
    public List<SurveyPay> surveyCells(String year, String grouping, String group) {
        return surveyPay.stream().filter(c -> c.surveyYear().equals(year) && c.grouping().equals(grouping)
                && c.group().equals(group)).toList();
    }

    /** The six ranked bands of one occupation and DevType ("*" for its population's own), youngest band first. */
    public List<SurveyRank> surveyRanks(String soc, String devtype) {
        return lookups.surveyRanks(soc, devtype);
    }

    /**
     * One occupation's and DevType's ranked span: everyone ({@code fromYears} null) or every answer from
     * {@code fromYears} years on; empty where the file has no such row.
     */
    public Optional<SurveyRank> surveyRankSpan(String soc, String devtype, Integer fromYears) {
        return surveyRanks.stream().filter(c -> c.soc().equals(soc) && c.devtype().equals(devtype) && !c.isBand()
                && java.util.Objects.equals(c.yearsFrom(), fromYears)).findFirst();
    }

    /** BEA's all-items price parity for US or a state's code (CA or ca) in that year; empty where none is published. */
    public Optional<PriceParity> rpp(String area, int year) {
        return prices.rpp(area, year);
    }

    /** The CPI-U's May value for that year, the month OEWS wages describe; empty for a year the file does not reach. */
    public Optional<Cpi> cpiMay(int year) {
        return prices.cpiMay(year);
    }

    public Optional<Role> role(String slug) {
        return Optional.ofNullable(lookups.role(slug));
    }

    /** The role that is the BLS occupation itself (the one with the state pages), for any role mapped to it. */
    public Optional<Role> occupationRole(String soc) {
        return Optional.ofNullable(lookups.occupationRole(soc));
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Map<String, Source> sourcesById() {
        return index(sources, Source::id);
    }

    public Optional<Location> location(String slug) {
        return Optional.ofNullable(lookups.location(slug));
    }

    public Location national() {
        return Optional.ofNullable(lookups.national())
                .orElseThrow(() -> new IllegalStateException("locations.csv has no national row"));
    }

    public Optional<Premium> premium(String id) {
        return Optional.ofNullable(lookups.premium(id));
    }

    public RoleFigure primary(String role) {
        return Optional.ofNullable(lookups.primary(role))
                .orElseThrow(() -> new IllegalStateException("no primary figure for " + role));
    }

    public List<RoleFigure> figuresFor(String role) {
        return lookups.figuresFor(role);
    }

    public List<SkillPay> skillPayFor(String role) {
        return lookups.skillPayFor(role);
    }

    public Optional<SkillPay> skillPay(String role, String skill) {
        return Optional.ofNullable(lookups.skillPay(role, skill));
    }

    public List<SkillDemand> skillDemandFor(String role) {
        return skillDemand.stream().filter(s -> s.role().equals(role)).toList();
    }

    public Optional<MarketStat> stat(String role, String metric) {
        return marketStats.stream()
                .filter(s -> (role == null ? s.role() == null : role.equals(s.role())) && s.metric().equals(metric))
                .findFirst();
    }

    /** The job-board median for a role: the baseline its skill medians are compared with. */
    public Optional<RoleFigure> postingMedian(String role, String source) {
        return Optional.ofNullable(lookups.postingMedian(role, source));
    }

    /**
     * A place the calculator accepts, by its key: {@code us}, {@code remote}, a metro's slug, or a state's or
     * territory's lowercase postal code. States come from the official file, so every area BLS covers is a place.
     */
    public Optional<Location> place(String key) {
        Optional<Area> area = key.length() == 2 ? oews.area(key) : Optional.empty();
        if (area.isPresent()) {
            Area a = area.get();
            return Optional.of(new Location(a.key(), a.name(), a.type(), a.code(), null, null, null, null, null));
        }
        return location(key).filter(l -> !l.type().equals("state"));
    }

    /** True for a skill, certification or specialization the dataset knows for any role. */
    public boolean knowsSkill(String slug) {
        Premium p = lookups.premium(slug);
        return (p != null && !p.isCompany()) || lookups.anySkillPay(slug) != null || lookups.surveyLanguage(slug) != null;
    }

    public Optional<Premium> company(String slug) {
        return premium(slug).filter(Premium::isCompany);
    }

    /** Skills (or company types) with a published figure for a role, in dataset order. */
    public List<String> premiumsFor(String role, boolean companies) {
        List<String> ids = new java.util.ArrayList<>();
        if (!companies) {
            skillPayFor(role).forEach(s -> ids.add(s.skill()));
        }
        for (Premium p : premiums) {
            if (p.isCompany() == companies && p.appliesTo(role) && p.hasFigure() && !ids.contains(p.id())) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    /** A skill's name as the role's own data spells it, else as any source does. */
    public String skillName(String role, String skill) {
        return skillPay(role, skill).map(SkillPay::name)
                .or(() -> premium(skill).map(Premium::name))
                .or(() -> Optional.ofNullable(lookups.anySkillPay(skill)).map(SkillPay::name))
                .or(() -> surveyLanguage(skill).map(SurveyLanguage::language))
                .orElse(skill);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
