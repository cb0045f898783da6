package com.salaryatlas.calculator;

import com.salaryatlas.estimate.EstimateRequest;
import com.salaryatlas.estimate.SurveyFactors;
import com.salaryatlas.estimate.Moves;
import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The calculator's input as the visitor typed it, checked field by field and resolved against the dataset
 * into an {@link EstimateRequest}: nothing below this looks a slug up again. The same rules serve the HTML
 * form and the JSON API, so both refuse the same things with the same messages.
 */
public final class EstimateForm {

    public static final int MAX_YEARS = 50;
    public static final int MIN_OFFER = 1_000;
    public static final int MAX_OFFER = 10_000_000;
    private static final int MAX_SKILLS = 20;
    private static final int MAX_VALUE_LENGTH = 100;
    // Compiled once: String.matches compiles its pattern on every call, and every estimate checks these.
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern THOUSANDS = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,3})?k");
    private static final Pattern LEVEL_YEARS = Pattern.compile("[0-9]{1,2}");

    /** What the visitor sent, kept so the form can show it again. */
    public final String role;
    public final String level;
    public final String years;
    public final String location;
    public final List<String> skills;
    /** The survey's company size and work arrangement (slugs of its groups), or null. */
    public final String orgSize;
    public final String arrangement;
    public final String industry;
    public final String offer;
    /** The state the visitor may move to (its lowercase code), or null. */
    public final String movingTo;
    /** Field name → what is wrong with it, in form order. */
    public final Map<String, String> errors = new LinkedHashMap<>();
    private EstimateRequest request;
    private Location destination;

    private EstimateForm(Map<String, List<String>> params, Dataset data, SurveyFactors factors) {
        role = slug(single(params, "role"));
        level = slug(single(params, "level"));
        years = single(params, "years");
        location = slug(single(params, "location"));
        orgSize = slug(single(params, "org-size"));
        arrangement = slug(single(params, "arrangement"));
        industry = single(params, "industry");
        offer = single(params, "offer");
        movingTo = slug(single(params, "moving-to"));
        skills = List.copyOf(new LinkedHashSet<>(params.getOrDefault("skills", List.of()).stream()
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList()));
        validate(data, factors);
    }

    public static EstimateForm parse(Map<String, List<String>> params, Dataset data, SurveyFactors factors) {
        return new EstimateForm(params, data, factors);
    }

    /** An empty form with the defaults a first-time visitor sees. */
    public static EstimateForm defaults(Dataset data, SurveyFactors factors, String role) {
        return new EstimateForm(Map.of("role", List.of(role), "level", List.of("mid"), "location", List.of("us")), data,
                factors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public EstimateRequest request() {
        if (!valid()) {
            throw new IllegalStateException("form has errors: " + errors);
        }
        return request;
    }

    /** The state to carry the offer (or the estimate) to, resolved; null when the visitor is not moving. */
    public Location destination() {
        if (!valid()) {
            throw new IllegalStateException("form has errors: " + errors);
        }
        return destination;
    }

    public String locationOrDefault() {
        return location == null ? "us" : location;
    }

    public boolean hasSkill(String skill) {
        return skills.contains(skill);
    }

    private void validate(Dataset data, SurveyFactors factors) {
        Role parsedRole = role == null ? null : data.role(role).orElse(null);
        if (role == null) {
            errors.putIfAbsent("role", "Choose a role.");
        } else if (parsedRole == null) {
            errors.putIfAbsent("role", "We have no data for that role. Choose one from the list.");
        }

        Level parsedLevel = null;
        if (level != null && !errors.containsKey("level")) {
            parsedLevel = Level.bySlug(level).orElse(null);
            if (parsedLevel == null) {
                errors.put("level", "Choose entry, mid, senior or staff.");
            }
        }
        Integer parsedYears = null;
        if (years != null && !errors.containsKey("years")) {
            if (!WHOLE_NUMBER.matcher(years).matches()) {
                errors.put("years", "Enter years of experience as a whole number, like 4.");
            } else {
                parsedYears = Integer.valueOf(years);
                if (parsedYears > MAX_YEARS) {
                    errors.put("years", "Enter years of experience from 0 to " + MAX_YEARS + ".");
                }
            }
        }
        if (level == null && years == null && !errors.containsKey("level")) {
            errors.put("level", "Choose an experience level, or enter your years of experience.");
        }
        if (parsedRole != null && !errors.containsKey("level") && !errors.containsKey("years")
                && (parsedLevel != null || parsedYears != null)) {
            Level resolved = parsedYears != null ? Level.forYears(parsedYears) : parsedLevel;
            if (!parsedRole.covers(resolved)) {
                String field = parsedYears != null ? "years" : "level";
                errors.put(field, "Our source for " + parsedRole.title() + " covers " + covered(parsedRole)
                        + " only (" + parsedRole.firstLevel().fromYears + " or more years). Choose one of those, or a "
                        + "role without a seniority in its title.");
            }
        }

        Location place = data.place(locationOrDefault()).orElse(null);
        if (!errors.containsKey("location") && place == null) {
            errors.put("location", "We do not know that location. Choose one from the list.");
        }

        List<String> unknown = new ArrayList<>();
        for (String skill : skills) {
            if (skill.length() > MAX_VALUE_LENGTH || !data.knowsSkill(skill)) {
                unknown.add(skill);
            }
        }
        if (skills.size() > MAX_SKILLS) {
            errors.put("skills", "Choose at most " + MAX_SKILLS + " skills.");
        } else if (!unknown.isEmpty()) {
            errors.put("skills", "We do not know " + (unknown.size() == 1 ? "one of the skills" : unknown.size()
                    + " of the skills") + " you sent. Choose from the list.");
        }

        if (orgSize != null && !errors.containsKey("org-size") && factors.group(SurveyFactors.ORG_SIZE, orgSize).isEmpty()) {
            errors.put("org-size", "Choose a company size from the list, or leave it empty.");
        }
        if (arrangement != null && !errors.containsKey("arrangement")
                && factors.group(SurveyFactors.ARRANGEMENT, arrangement).isEmpty()) {
            errors.put("arrangement", "Choose remote, hybrid or in-person from the list, or leave it empty.");
        }

        OccupationPay parsedIndustry = null;
        if (industry != null && !errors.containsKey("industry") && parsedRole != null) {
            parsedIndustry = data.oews().industries(parsedRole.soc()).stream().filter(i -> i.industry().equals(industry))
                    .findFirst().orElse(null);
            if (parsedIndustry == null) {
                errors.put("industry", "Choose an industry from the list; BLS publishes these for this role's occupation.");
            }
        }

        Integer parsedOffer = null;
        if (offer != null && !errors.containsKey("offer")) {
            String digits = offer.replace(",", "").replace("$", "").replace(" ", "").toLowerCase(Locale.ROOT);
            // "150k" is how people say it; accept it rather than make them type the zeros.
            boolean thousands = THOUSANDS.matcher(digits).matches();
            if (!thousands && !WHOLE_NUMBER.matcher(digits).matches()) {
                errors.put("offer", "Enter the offer as a yearly amount in dollars, like 125000 or 125k.");
            } else {
                parsedOffer = thousands
                        ? new java.math.BigDecimal(digits.substring(0, digits.length() - 1)).movePointRight(3).intValue()
                        : Integer.valueOf(digits);
                if (parsedOffer < MIN_OFFER || parsedOffer > MAX_OFFER) {
                    errors.put("offer", "Enter a yearly amount from $1,000 to $10,000,000, or leave it empty.");
                }
            }
        }

        if (movingTo != null && !errors.containsKey("moving-to")) {
            Area area = movingTo.length() == 2 ? data.oews().area(movingTo).orElse(null) : null;
            if (area == null) {
                errors.put("moving-to", "We do not know that state. Choose a state or DC from the list, or leave it empty.");
            } else if (!Moves.reaches(data, area)) {
                errors.put("moving-to", "BEA publishes no price level for " + area.name() + ", so pay cannot be carried "
                        + "there at the same purchasing power. Choose a state or DC.");
            } else {
                destination = data.place(area.key()).orElseThrow();
            }
        }

        if (errors.isEmpty()) {
            request = new EstimateRequest(parsedRole, parsedLevel, parsedYears, place, skills, parsedOffer, parsedIndustry,
                    orgSize, arrangement);
        }
    }

    /** The level the form shows after a submission: the one the years give, else the one chosen. */
    public String shownLevel() {
        if (years != null && LEVEL_YEARS.matcher(years).matches() && errors.isEmpty()) {
            return Level.forYears(Integer.parseInt(years)).slug;
        }
        return level;
    }

    private static String covered(Role role) {
        return String.join(" and ", role.levels().stream().map(l -> l.label.toLowerCase(Locale.ROOT)).toList());
    }

    /** Slugs are lowercase; accept "TX" as readily as "tx". */
    private static String slug(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** One value or none; a field sent twice is an error rather than a silent pick. */
    private String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream().map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
        if (values.size() > 1) {
            errors.put(name, "This field was sent more than once. Send it once.");
            return null;
        }
        if (values.isEmpty()) {
            return null;
        }
        String value = values.get(0);
        if (value.length() > MAX_VALUE_LENGTH) {
            errors.put(name, "This value is too long.");
            return value.substring(0, MAX_VALUE_LENGTH);
        }
        return value;
    }
}
