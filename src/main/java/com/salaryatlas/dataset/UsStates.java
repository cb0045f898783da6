package com.salaryatlas.dataset;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every US state and DC by postal code. Not salary data: it lets the calculator accept a state the
 * sources do not list and say plainly that the national figure stands in for it.
 */
public final class UsStates {

    public static final Map<String, String> NAMES;

    static {
        String[][] states = {{"al", "Alabama"}, {"ak", "Alaska"}, {"az", "Arizona"}, {"ar", "Arkansas"},
            {"ca", "California"}, {"co", "Colorado"}, {"ct", "Connecticut"}, {"de", "Delaware"},
            {"dc", "District of Columbia"}, {"fl", "Florida"}, {"ga", "Georgia"}, {"hi", "Hawaii"}, {"id", "Idaho"},
            {"il", "Illinois"}, {"in", "Indiana"}, {"ia", "Iowa"}, {"ks", "Kansas"}, {"ky", "Kentucky"},
            {"la", "Louisiana"}, {"me", "Maine"}, {"md", "Maryland"}, {"ma", "Massachusetts"}, {"mi", "Michigan"},
            {"mn", "Minnesota"}, {"ms", "Mississippi"}, {"mo", "Missouri"}, {"mt", "Montana"}, {"ne", "Nebraska"},
            {"nv", "Nevada"}, {"nh", "New Hampshire"}, {"nj", "New Jersey"}, {"nm", "New Mexico"},
            {"ny", "New York"}, {"nc", "North Carolina"}, {"nd", "North Dakota"}, {"oh", "Ohio"},
            {"ok", "Oklahoma"}, {"or", "Oregon"}, {"pa", "Pennsylvania"}, {"ri", "Rhode Island"},
            {"sc", "South Carolina"}, {"sd", "South Dakota"}, {"tn", "Tennessee"}, {"tx", "Texas"}, {"ut", "Utah"},
            {"vt", "Vermont"}, {"va", "Virginia"}, {"wa", "Washington"}, {"wv", "West Virginia"},
            {"wi", "Wisconsin"}, {"wy", "Wyoming"}};
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] state : states) {
            names.put(state[0], state[1]);
        }
        NAMES = java.util.Collections.unmodifiableMap(names);
    }

    private UsStates() {
    }
}
